/**
 * The parental-controls guides on a page, each way a webmaster can put them there (test/pages/guides*.html and
 * guide-*.html), loading the built kit from a sub-folder as a council would host it. These pages run in iframes
 * so that their address, history and network requests are their own.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { content, openPage, waitFor, type TestPage } from '../helpers/kit.ts';
import type { Guide } from '../../src/content/types.ts';

/** The kit's files the page has fetched, as paths inside the kit. */
const fetched = (page: TestPage) =>
  page.window.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.includes('/kit/'))
    .map((p) => p.slice(p.indexOf('/kit/') + 5));

/** A guide's own text: chunks/guide-<id>-<hash>.js. */
const GUIDE_BODY = /^chunks\/guide-([a-z0-9-]+)-[\w-]+\.js$/;
const bodiesFetched = (page: TestPage, guides: Guide[]) =>
  fetched(page).filter((f) => GUIDE_BODY.test(f) && guides.some((g) => f.startsWith(`chunks/guide-${g.id}-`)));

const cards = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.card')];

async function renderedIndex(page: TestPage) {
  return waitFor(() => {
    const element = page.document.querySelector('safe-guides');
    return element?.shadowRoot?.querySelector('.card') && element;
  }, `the guides index in ${page.document.title}`);
}

async function openGuide(element: Element, id: string) {
  return waitFor(() => element.shadowRoot?.querySelector(`[data-guide="${id}"] .steps ol`), `the ${id} guide's steps`);
}

describe('embedding the guides', function () {
  // A frame fits its content after its page, frame.js, the component and the code that fits frames have
  // arrived: on a loaded machine that can take a while (what matters is that it comes, not when).
  this.timeout(60000);
  let guides: Guide[];
  before(async () => {
    guides = await content('guides');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the first page load fetches the index but no guide body; opening one fetches that one only', async () => {
    const page = await openPage('/test/pages/guides.html');
    const element = await renderedIndex(page);
    expect(cards(element).length).to.equal(guides.length);
    expect(fetched(page).some((f) => f.startsWith('chunks/guides-index-')), fetched(page).join()).to.equal(true);
    expect(bodiesFetched(page, guides), 'guide bodies on first load').to.deep.equal([]);
    cards(element).find((c) => c.dataset.guide === 'roblox')!.querySelector('a')!.click();
    await openGuide(element, 'roblox');
    const bodies = bodiesFetched(page, guides);
    expect(bodies.length, bodies.join()).to.equal(1);
    expect(bodies[0].startsWith('chunks/guide-roblox-')).to.equal(true);
  });

  it("embed.js starts the list's first view with the component, so it arrives with it and not a round trip after", async () => {
    // The slow host holds the component's own file 1.5 s: the first view, started by the loader, begins before it has arrived.
    const page = await openPage('/test/pages/guides-slow-host.html');
    await renderedIndex(page);
    const entries = (page.window.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.includes('/slow-host-guides/kit/'));
    const file = (start: string) => entries.find((e) => new URL(e.name).pathname.includes(`/kit/${start}`))!;
    expect(file('chunks/guides-index-').startTime, 'the first view started before the component arrived').to.be.below(file('components/guides-').responseEnd);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('a shared link (#guide=minecraft) opens that guide on arrival, fetching only its body', async () => {
    const page = await openPage('/test/pages/guides.html#guide=minecraft');
    const element = await waitFor(() => page.document.querySelector('safe-guides'), 'the element');
    await openGuide(element, 'minecraft');
    expect(element.shadowRoot!.querySelector<HTMLElement>('.index')!.hidden).to.equal(true);
    const bodies = bodiesFetched(page, guides);
    expect(bodies.length, bodies.join()).to.equal(1);
    expect(bodies[0].startsWith('chunks/guide-minecraft-')).to.equal(true);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('opening a guide changes the address, and the back button returns to the index', async () => {
    const page = await openPage('/test/pages/guides.html');
    const element = await renderedIndex(page);
    cards(element).find((c) => c.dataset.guide === 'whatsapp')!.querySelector('a')!.click();
    await openGuide(element, 'whatsapp');
    expect(page.window.location.hash).to.equal('#guide=whatsapp');
    page.window.history.back();
    await waitFor(() => !element.shadowRoot!.querySelector('.index')!.hasAttribute('hidden'), 'the index after going back');
    expect(page.window.location.hash).to.equal('');
    expect(element.shadowRoot!.querySelector('[part="guide"]')).to.equal(null);
    expect(cards(element).length).to.equal(guides.length);
    // Forward again reopens it: the history is the reader's.
    page.window.history.forward();
    await openGuide(element, 'whatsapp');
  });

  it('"All guides" returns to the index and leaves no guide in the address', async () => {
    const page = await openPage('/test/pages/guides.html#guide=discord');
    const element = await waitFor(() => page.document.querySelector('safe-guides'), 'the element');
    await openGuide(element, 'discord');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="back"]')!.click();
    await waitFor(() => !element.shadowRoot!.querySelector('.index')!.hasAttribute('hidden'), 'the index');
    expect(page.window.location.hash).to.equal('');
  });

  it('leaves the host page\'s own anchors alone', async () => {
    const page = await openPage('/test/pages/guides.html#main');
    const element = await renderedIndex(page);
    expect(element.shadowRoot!.querySelector('[part="guide"]')).to.equal(null);
    expect(page.window.location.hash).to.equal('#main');
  });

  it('a script tag with data-component="guides" shows the index exactly where the script stands', async () => {
    const page = await openPage('/test/pages/guides-script-in-place.html');
    const element = await renderedIndex(page);
    expect(element.previousElementSibling?.localName).to.equal('script');
    expect(element.nextElementSibling?.id).to.equal('after');
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('a <div data-safe-kit="guide" data-guide="tiktok"> placeholder shows that one guide, fetching no other and no index', async () => {
    const page = await openPage('/test/pages/guide-placeholder.html');
    const element = await waitFor(() => page.document.querySelector('safe-guide'), 'the element');
    await openGuide(element, 'tiktok');
    expect(element.shadowRoot!.querySelector('[part="guide-heading"]')!.getAttribute('aria-level')).to.equal('2');
    const bodies = bodiesFetched(page, guides);
    expect(bodies.length, bodies.join()).to.equal(1);
    expect(bodies[0].startsWith('chunks/guide-tiktok-')).to.equal(true);
    expect(fetched(page).filter((f) => f.startsWith('chunks/guides-')), 'the guides index').to.deep.equal([]);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('an iframe of frame/guide.html?guide=roblox shows that guide and fits its content', async () => {
    // A frame fits its content when the page is drawn, which a background tab is not.
    await executeServerCommand('bring-to-front');
    const page = await openPage('/test/pages/guide-frame-host.html');
    const frame = page.document.querySelector('iframe')!;
    const inner = () => frame.contentDocument!;
    const element = await waitFor(() => inner().querySelector('safe-guide')?.shadowRoot?.querySelector('.steps ol') && inner().querySelector('safe-guide'), 'the guide in the frame');
    expect(element.getAttribute('guide')).to.equal('roblox');
    await waitFor(() => Number(frame.height) > 300 && Math.abs(Number(frame.height) - inner().documentElement.scrollHeight) < 5, 'the frame to fit its content', 20000).catch((e) => {
      throw new Error(`${e.message}: frame ${frame.height}, content ${inner().documentElement.scrollHeight}, visible ${page.document.visibilityState}`);
    });
  });

  it('works under a strict CSP with Trusted Types required, with no violation or console error', async () => {
    const page = await openPage('/test/pages/strict-guides.html');
    const element = await renderedIndex(page);
    await waitFor(() => page.document.querySelector('safe-guide')?.shadowRoot?.querySelector('.steps ol'), 'the single guide');
    cards(element)[0].querySelector('a')!.click();
    await waitFor(() => element.shadowRoot!.querySelector('.steps ol'), 'an opened guide');
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('a guide whose own file cannot load says so, names it, and still lists 999 and essential help', async () => {
    const page = await openPage('/test/pages/guide-no-body.html');
    const element = page.document.querySelector('safe-guide')!;
    const help = await waitFor(() => element.shadowRoot?.querySelector('[part="essential-help"]')?.textContent?.includes('could not load') && element.shadowRoot!.querySelector('[part="essential-help"]')!, 'the failure message');
    expect(help.querySelectorAll('a').length).to.be.greaterThan(0);
    expect(element.shadowRoot!.querySelector('[part="emergency"] a')!.getAttribute('href')).to.equal('tel:999');
    expect(element.shadowRoot!.textContent).to.contain('The guide “tiktok” could not load.');
    // The console tells the webmaster which guide, and what to check.
    expect(page.window.__problems.join()).to.contain('could not load the guide "tiktok"');
  });
});
