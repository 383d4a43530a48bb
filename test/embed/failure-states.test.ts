/**
 * Help in every failure state: whatever way a component's code or its content fails to arrive (a lost file, a
 * server error, an HTML error page in its place, a file cut off half way, a request never answered), every
 * component still shows the 999 line and the essential help, and a link the webmaster put inside stays.
 * The broken kits are served by test/server-plugins.mjs; the page is test/pages/failing-kit.html.
 */
import { expect } from '@esm-bundle/chai';
import { content, waitFor } from '../helpers/kit.ts';
import type { Service } from '../../src/content/types.ts';

const KINDS = ['404', '500', 'html', 'truncated', 'hang'] as const;
const COMPONENTS = ['help-links', 'response-card', 'child-plan', 'guides', 'guide', 'alerts', 'family-agreement'];
/**
 * Generous for a loaded test machine: the loader gives up on a component's file after 4 seconds (a component's
 * own content shows the help while it waits), so a reader has the help well within ten. Shorter than the server
 * holds a hanging request (test/server-plugins.mjs), so the help seen is not the failure once it ends.
 */
const HELP_WAIT_MS = 15000;

/** The essential services' addresses a component's help lists: the child's plan's only the children's. */
let essentialUrls: (name: string) => string[];

/**
 * The failing page in a frame, returned as soon as its placeholders are there: not at its load event, which a
 * browser may hold back until every hanging request ends (Firefox does), when the help must show long before.
 */
async function openFailingPage(query: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '600';
  frame.src = `/test/pages/failing-kit.html?${query}`;
  document.body.append(frame);
  return waitFor(() => frame.contentDocument?.querySelector('#components [data-safe-kit="family-agreement"]') && frame.contentDocument, 'the failing page');
}

/**
 * The element's help, where a reader sees it: drawn by the component (`drawn`), or else the loader's plain links,
 * as when the component never loaded, or while a component waits for its content (it shows them through a slot).
 */
function helpShown(element: Element, drawn: boolean, saysFailed = false): boolean {
  const urls = essentialUrls(element.localName.slice('safe-'.length));
  // A browser opens six connections to a host at most: with content requests hanging, a component's own file can
  // wait behind them, and then the reader has the loader's plain help (after its time-out) until it draws.
  const waiting = element.shadowRoot?.childElementCount === 1 && element.shadowRoot.firstElementChild!.localName === 'slot';
  const root = drawn && element.shadowRoot && !waiting ? element.shadowRoot : element;
  if (drawn && !element.shadowRoot && saysFailed) return false;
  // While content is on its way the same help shows: a failure must be waited for, not passed in the meantime.
  if (saysFailed && !root.textContent?.includes('could not load')) return false;
  const visible = (a: Element | null | undefined) => !!a && a.getBoundingClientRect().height > 0;
  const hrefs = [...root.querySelectorAll('a')].filter(visible).map((a) => a.getAttribute('href'));
  return visible(root.querySelector('a[href="tel:999"]')) && urls.every((url) => hrefs.includes(url));
}

async function everyComponentHelps(page: Document, what: string, drawn: boolean, saysFailed = false) {
  for (const name of COMPONENTS) {
    const element = await waitFor(() => page.querySelector(`safe-${name}`), `<safe-${name}> on the page`);
    await waitFor(() => helpShown(element, drawn, saysFailed), `<safe-${name}> to show 999 and the essential help when ${what}`, HELP_WAIT_MS);
  }
}

describe('help in every failure state', function () {
  this.timeout(40000);
  before(async () => {
    const services: Service[] = await content('services');
    const essential = services.filter((s) => s.essential && s.url && !s.emergency);
    essentialUrls = (name) => essential.filter((s) => name !== 'child-plan' || s.audiences.children).map((s) => s.url!);
    expect(essentialUrls('child-plan').length).to.be.greaterThan(1);
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const kind of KINDS) {
    it(`component code that fails (${kind}): every component shows 999 and the essential help, the exit a link to leave`, async () => {
      const page = await openFailingPage(`kit=code-${kind}`);
      await everyComponentHelps(page, `its code fails (${kind})`, false);
      const exit = page.querySelector('safe-exit')!;
      const leave = await waitFor(() => exit.querySelector('a'), 'the plain exit link');
      expect(leave.textContent).to.equal('Exit this page');
      expect(leave.getAttribute('href')).to.equal('https://www.bbc.co.uk/weather');
    });

    it(`component code that fails (${kind}) in a placeholder with the webmaster's own link: the link stays and the help is added`, async () => {
      const page = await openFailingPage(`kit=code-${kind}&own-link`);
      await everyComponentHelps(page, `its code fails (${kind})`, false);
      for (const name of COMPONENTS) {
        const own = page.querySelector(`safe-${name} a[href="https://www.example.org/our-safeguarding-page"]`);
        expect(own, `the webmaster's link in <safe-${name}>`).to.not.equal(null);
        expect(own!.getBoundingClientRect().height).to.be.greaterThan(0);
      }
      // The quick exit's own link is already a way to leave: it is kept, and not doubled.
      expect([...page.querySelectorAll('safe-exit a')].map((a) => a.textContent)).to.deep.equal(['Exit this page']);
    });

    it(`content that fails (${kind}): every component shows 999 and the essential help`, async () => {
      const page = await openFailingPage(`kit=content-${kind}`);
      await everyComponentHelps(page, `its content fails (${kind})`, true, kind !== 'hang');
    });
  }

  for (const kind of KINDS) {
    // One guide fetches its own file only (no index of the guides), so while it cannot load its name is not known:
    // the panel's own heading says what it is once it has failed; while its file hangs, the guide shows the plain
    // help its tag held (999 and the links), as before it was defined.
    it(`a guide's own file that fails (${kind}): the guide shows ${kind === 'hang' ? 'the plain help' : 'its heading'}, 999 and the essential help`, async () => {
      const page = await openFailingPage(`kit=guide-text-${kind}`);
      const heading = (g: Element | null) => kind === 'hang' || g?.shadowRoot?.querySelector('[part="heading"]');
      const guide = await waitFor(() => page.querySelector('safe-guide')?.shadowRoot && heading(page.querySelector('safe-guide')) && page.querySelector('safe-guide')!, 'the guide defined');
      await waitFor(() => helpShown(guide, true, kind !== 'hang'), `the guide to show 999 and the essential help when its text fails (${kind})`, HELP_WAIT_MS);
    });
  }
});
