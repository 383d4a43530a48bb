/**
 * Each way a webmaster can put the response card on a page (test/pages/response-card-*.html), with the school's
 * own safeguarding lead set through the attributes or their data-* equivalents.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { content, openPage, waitFor, type TestPage } from '../helpers/kit.ts';
import type { ResponseCard } from '../../src/content/types.ts';

const renderedCards = (page: TestPage, count: number, doc: Document = page.document) =>
  waitFor(() => {
    const all = [...doc.querySelectorAll('safe-response-card')];
    return all.length === count && all.every((c) => c.shadowRoot?.querySelector('.full')) && all;
  }, `${count} rendered card(s)`);

const title = (card: Element) => card.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim();
const dslText = (card: Element) => card.shadowRoot!.querySelector('[part="dsl"]')!.textContent!.replace(/\s+/g, ' ');
const dslLinks = (card: Element) => [...card.shadowRoot!.querySelectorAll('[part="dsl"] a')].map((a) => a.getAttribute('href'));

describe('embedding the response card', function () {
  // A frame fits its content after its page, frame.js, the component and the code that fits frames have
  // arrived: on a loaded machine that can take a while (what matters is that it comes, not when).
  this.timeout(60000);
  let cards: ResponseCard[];
  const titleOf = (audience: string) => cards.find((c) => c.audience === audience)!.title;
  before(async () => {
    cards = await content('response');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a script tag with data-component shows the card where the script stands, with its data-* settings', async () => {
    const page = await openPage('/test/pages/response-card-script.html');
    const [card] = await renderedCards(page, 1);
    expect(card.previousElementSibling?.localName).to.equal('script');
    expect(card.nextElementSibling?.id).to.equal('after');
    expect(title(card)).to.equal(titleOf('staff'));
    expect(card.shadowRoot!.querySelector('[part="toggle"]'), 'the short form').to.not.equal(null);
    expect(dslText(card)).to.contain('Ms A Example');
    expect(dslLinks(card)).to.deep.equal(['tel:01234567890', 'mailto:dsl@school.example']);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('one script and a <safe-response-card> tag', async () => {
    const page = await openPage('/test/pages/response-card-tag.html');
    const [card] = await renderedCards(page, 1);
    expect(title(card)).to.equal(titleOf('parents'));
    expect(dslText(card)).to.contain('Mr B Example');
    expect(dslLinks(card)).to.deep.equal(['tel:01234000111']);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('one script and a <div data-safe-kit> placeholder, with data-dsl-* settings', async () => {
    const page = await openPage('/test/pages/response-card-placeholder.html');
    const [card] = await renderedCards(page, 1);
    expect(card.parentElement!.dataset.safeKit).to.equal('response-card');
    expect(title(card)).to.equal(titleOf('staff'));
    expect(card.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(dslText(card)).to.contain('Ms C Example');
    expect(dslLinks(card)).to.deep.equal(['mailto:safeguarding@school.example']);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('an iframe of frame/response-card.html takes its settings from its address and fits its content', async () => {
    // A frame reports its height when its page is laid out, which a background tab's is not: test files run
    // side by side in tabs.
    await executeServerCommand('bring-to-front');
    const page = await openPage('/test/pages/response-card-frame.html');
    const frame = page.document.querySelector('iframe')!;
    const inner = () => frame.contentDocument!;
    const card = await waitFor(() => inner().querySelector('safe-response-card')?.shadowRoot?.querySelector('.full') && inner().querySelector('safe-response-card'), 'the card in the frame');
    expect(title(card)).to.equal(titleOf('staff'));
    expect(dslText(card)).to.contain('Ms D Example');
    expect(dslLinks(card)).to.deep.equal(['tel:01234222333']);
    await waitFor(() => Number(frame.height) > 150 && Math.abs(Number(frame.height) - inner().documentElement.scrollHeight) < 5, 'the frame to fit its content', 20000);
  });

  it('works under a strict CSP with Trusted Types required, with no violation or console error', async () => {
    const page = await openPage('/test/pages/strict-csp-response-card.html');
    const all = await renderedCards(page, 2);
    expect(all.map(title).sort()).to.deep.equal([titleOf('parents'), titleOf('staff')].sort());
    // Answering a question re-renders under the same policy.
    all[0].shadowRoot!.querySelector<HTMLButtonElement>('[data-answer="no"]')!.click();
    await waitFor(() => all[0].shadowRoot!.querySelector('.answered'), 'the next question');
    expect(page.window.__problems).to.deep.equal([]);
  });
});
