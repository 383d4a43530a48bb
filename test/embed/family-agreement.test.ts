/**
 * Each way a webmaster can put the family agreement on a page, each in its own page (test/pages/agreement-*),
 * loading the built kit from a sub-folder of the server as a council would host it.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { KIT_ORIGIN, content, openPage, waitFor, type TestPage } from '../helpers/kit.ts';
import type { AgeBand, AgreementGroup } from '../../src/content/types.ts';

const ticked = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-promise]')].filter((c) => c.checked).map((c) => c.dataset.promise).sort();

function renderedIn(doc: Document, what: string) {
  return waitFor(() => {
    const element = doc.querySelector('safe-family-agreement');
    return element?.shadowRoot?.querySelector('[data-promise]') && element;
  }, `the agreement in ${what}`);
}

describe('embedding the family agreement', function () {
  // A frame fits its content after its page, frame.js, the component and the code that fits frames have
  // arrived: on a loaded machine that can take a while (what matters is that it comes, not when).
  this.timeout(60000);
  let groups: AgreementGroup[];
  const suggested = (band: AgeBand) =>
    groups.flatMap((g) => g.promises.map((p, i) => ({ key: `${g.id}/${i}`, ages: p.ages }))).filter((p) => p.ages.includes(band)).map((p) => p.key).sort();

  before(async () => {
    groups = await content('agreement');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  const noProblems = (page: TestPage) => expect(page.window.__problems).to.deep.equal([]);

  it('a script tag with data-component shows it where the script stands, with its data-* settings', async () => {
    const page = await openPage('/test/pages/agreement-script-in-place.html');
    const element = await renderedIn(page.document, 'the script page');
    expect(element.previousElementSibling?.localName).to.equal('script');
    expect(element.nextElementSibling?.id).to.equal('after');
    expect(ticked(element)).to.deep.equal(suggested('8-11'));
    expect(element.shadowRoot!.querySelector<HTMLInputElement>('#date')!.value).to.equal('2026-11-25');
    noProblems(page);
  });

  it('one script and a <safe-family-agreement> tag anywhere', async () => {
    const page = await openPage('/test/pages/agreement-custom-tag.html');
    const element = await renderedIn(page.document, 'the tag page');
    expect(ticked(element)).to.deep.equal(suggested('under-8'));
    expect(element.shadowRoot!.querySelector('[part="form"]')!.textContent).to.contain('tablet');
    noProblems(page);
  });

  it('one script and a <div data-safe-kit> placeholder, with its data-* settings', async () => {
    const page = await openPage('/test/pages/agreement-placeholder.html');
    const element = await renderedIn(page.document, 'the placeholder page');
    expect(element.parentElement!.dataset.safeKit).to.equal('family-agreement');
    expect(ticked(element)).to.deep.equal(suggested('12-15'));
    expect(element.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    noProblems(page);
  });

  it('an iframe of frame/family-agreement.html takes its settings from its address and fits its content', async () => {
    // A frame reports its height when its page is laid out, which a background tab's is not: test files run
    // side by side in tabs.
    await executeServerCommand('bring-to-front');
    const page = await openPage('/test/pages/agreement-frame-host.html');
    const frame = page.document.querySelector('iframe')!;
    const element = await renderedIn(await waitFor(() => frame.contentDocument?.querySelector('safe-family-agreement') && frame.contentDocument, 'the frame'), 'the frame');
    expect(ticked(element)).to.deep.equal(suggested('16-plus'));
    expect(element.shadowRoot!.querySelector('[part="form"]')!.textContent).to.contain('games console');
    await waitFor(() => Number(frame.height) > 600 && Math.abs(Number(frame.height) - frame.contentDocument!.documentElement.scrollHeight) < 5, 'the frame to fit its content', 20000);
  });

  it('works under a strict CSP with Trusted Types required, printing included, with no violation or console error', async () => {
    const page = await openPage('/test/pages/strict-agreement.html');
    const element = await renderedIn(page.document, 'the strict page');
    let printed = 0;
    page.window.print = () => void printed++;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="print-button"]')!.click();
    // The helper that prints it alone is fetched from the kit on the first print.
    await waitFor(() => printed === 1, 'the print dialog');
    expect(page.document.adoptedStyleSheets.length, 'the print style sheet is in place').to.equal(1);
    page.window.dispatchEvent(new Event('afterprint'));
    expect(page.document.adoptedStyleSheets.length, 'and gone after printing').to.equal(0);
    noProblems(page);
  });

  it('typing into it stores nothing, sets no cookie and requests nothing from anywhere', async () => {
    const page = await openPage('/test/pages/agreement-placeholder.html');
    const element = await renderedIn(page.document, 'the placeholder page');
    const before = page.window.performance.getEntriesByType('resource').length;
    const name = element.shadowRoot!.querySelector<HTMLInputElement>('#child-name')!;
    name.value = 'Sam';
    name.dispatchEvent(new Event('input'));
    const own = element.shadowRoot!.querySelector<HTMLTextAreaElement>('#own-child')!;
    own.value = 'I will feed the cat.';
    own.dispatchEvent(new Event('input'));
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(element.shadowRoot!.querySelector('[part="printout"]')!.textContent).to.contain('I will feed the cat.');
    const origins = page.window.performance.getEntriesByType('resource').map((e) => new URL(e.name).origin);
    // The test page's own scripts, and the kit from its origin (another one, as on a school's site).
    expect(new Set(origins)).to.deep.equal(new Set([location.origin, KIT_ORIGIN]));
    expect(page.window.performance.getEntriesByType('resource').length).to.equal(before);
    expect(page.document.cookie).to.equal('');
    expect(page.window.localStorage.length).to.equal(0);
    expect(page.window.sessionStorage.length).to.equal(0);
  });
});
