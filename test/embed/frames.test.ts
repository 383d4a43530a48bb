/**
 * The iframe way in (dist/frame/<name>.html), in the boxes schools really have: a page whose CSS sizes every
 * iframe, two frames on one page, a box nobody resizes, a capped box, Google Sites' and oEmbed's sandboxes. Each
 * host page is in test/pages/; the kit is the built dist/ from a sub-folder, as a council hosts it.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { content, KIT_PATH, openPage, waitFor, type TestPage } from '../helpers/kit.ts';
import type { Service } from '../../src/content/types.ts';
import { expectFrameHasNoAxeViolations } from '../helpers/axe-frame.ts';

const LONG = 20000;
const frameIn = (page: TestPage, selector = 'iframe') => page.document.querySelector<HTMLIFrameElement>(selector)!;
const fitOf = (frame: HTMLIFrameElement) => frame.contentDocument?.documentElement?.dataset.fit;
/** A kit frame page in an iframe of the given size on this test page (removed after each test). */
function frameOnTestPage(src: string, width: number, height: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.width = `${width}`;
  frame.height = `${height}`;
  frame.src = src;
  document.body.append(frame);
  return frame;
}
const bodyHeight = (frame: HTMLIFrameElement) => frame.contentDocument!.body.getBoundingClientRect().height;
/** The element `selector` in the frame's component, once the component is what the frame shows. */
const drawn = (frame: HTMLIFrameElement, tag: string, selector: string) =>
  (!frame.contentDocument?.querySelector('[data-safe-kit]')?.hasAttribute('hidden') && frame.contentDocument?.querySelector(tag)?.shadowRoot?.querySelector(selector)) || undefined;

/** Whether an element of a frame's document is wholly inside the frame's viewport. */
function inView(frame: HTMLIFrameElement, element: Element | null | undefined): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return box.height > 0 && box.top >= -1 && box.bottom <= frame.contentWindow!.innerHeight + 1;
}

interface FrameText {
  found: boolean;
  url?: string;
  text?: string;
  emergencyVisible?: boolean;
  fit?: string | null;
}
const frameText = (url: string) => executeServerCommand('frame-text', { url }) as Promise<FrameText>;

/** Waits for what a frame that the test page cannot look into shows, asking the browser every 200 ms. */
async function frameShows(url: string, check: (t: FrameText) => boolean, what: string): Promise<FrameText> {
  const end = performance.now() + LONG;
  for (;;) {
    const seen = await frameText(url);
    if (seen.found && check(seen)) return seen;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(seen).slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('kit frames', function () {
  this.timeout(60000);
  let services: Service[];

  before(async () => {
    services = await content('services');
    // Frames are laid out and resized only in a tab that is drawn.
    await executeServerCommand('bring-to-front');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('two frames on a page whose CSS sets every iframe to 400px each fit their own content, through style.height, and know it', async () => {
    const page = await openPage('/test/pages/frames-two.html');
    const frames = [frameIn(page, '#help'), frameIn(page, '#alerts')];
    await waitFor(() => drawn(frames[0], 'safe-help-links', '[data-service]') && drawn(frames[1], 'safe-alerts', '.status'), 'both components', LONG);
    await waitFor(
      () => frames.every((f) => fitOf(f) === 'page' && Math.abs(f.getBoundingClientRect().height - bodyHeight(f)) < 3),
      'each frame to fit its own content',
      LONG,
    ).catch((e) => {
      throw new Error(`${e.message}: ${frames.map((f) => `${f.getBoundingClientRect().height} for ${bodyHeight(f)} (${fitOf(f)})`).join(', ')}`);
    });
    const [help, alerts] = frames.map((f) => f.getBoundingClientRect().height);
    expect(help).to.be.above(400);
    expect(Math.abs(help - alerts)).to.be.above(50);
    for (const f of frames) expect(f.style.getPropertyValue('height')).to.match(/^\d+px$/);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('a frame shrinks when its content gets shorter (an alert closed), not only grows', async () => {
    const page = await openPage('/test/pages/frames-two.html');
    const frame = frameIn(page, '#alerts');
    frameIn(page, '#help').remove();
    // On the day of the newest alert, whatever the clock says, so there is one to open.
    const newest = (await content('alerts')).map((a) => a.published).sort().at(-1);
    frame.src = `${KIT_PATH}frame/alerts.html?audience=staff&today=${newest}`;
    const toggle = await waitFor(
      () => frame.contentWindow!.location.search.includes('today=') && (drawn(frame, 'safe-alerts', '[part="toggle"]') as HTMLButtonElement),
      'an alert',
      LONG,
    );
    const fits = () => fitOf(frame) === 'page' && Math.abs(frame.getBoundingClientRect().height - bodyHeight(frame)) < 3;
    await waitFor(fits, 'the frame to fit', LONG);
    const closed = frame.getBoundingClientRect().height;
    toggle.click();
    await waitFor(() => fits() && frame.getBoundingClientRect().height > closed + 20, 'the frame to grow with the alert open', LONG);
    toggle.click();
    await waitFor(() => fits() && Math.abs(frame.getBoundingClientRect().height - closed) < 3, 'the frame to shrink back', LONG).catch((e) => {
      throw new Error(`${e.message}: ${frame.getBoundingClientRect().height}, closed ${closed}, content ${bodyHeight(frame)}`);
    });
  });

  it('in a box nobody resizes, the heading and the 999 line stay in view, the rest scrolls, and a link opens the full version', async () => {
    const page = await openPage('/test/pages/frame-fixed-box.html');
    const frame = frameIn(page);
    await waitFor(() => fitOf(frame) === 'box', 'the frame to find that nobody resizes it', LONG);
    await waitFor(() => drawn(frame, 'safe-help-links', '[data-service]'), 'the panel', LONG);
    const doc = frame.contentDocument!;
    const emergency = doc.querySelector('.frame-head a[href="tel:999"]');
    const heading = doc.querySelector('.frame-title');
    const full = doc.querySelector<HTMLAnchorElement>('a[data-safe-kit-full]')!;
    expect(frame.getBoundingClientRect().height).to.be.closeTo(402, 2);
    expect(heading?.textContent).to.equal('Worried about something online?');
    for (const [what, el] of [['999', emergency], ['heading', heading], ['full version link', full]] as const) expect(inView(frame, el), `${what} at the top`).to.equal(true);
    expect(new URL(full.href).search).to.equal('?audience=children');
    expect(full.target).to.equal('_blank');
    frame.contentWindow!.scrollTo(0, doc.documentElement.scrollHeight);
    await new Promise((r) => requestAnimationFrame(r));
    expect(frame.contentWindow!.scrollY, 'the frame scrolls').to.be.above(300);
    for (const [what, el] of [['999', emergency], ['heading', heading], ['full version link', full]] as const) expect(inView(frame, el), `${what} at the bottom`).to.equal(true);
    // The one scroll region: the component itself does not scroll inside the frame.
    const panel = doc.querySelector('safe-help-links')!;
    expect(panel.scrollHeight).to.be.at.most(panel.clientHeight + 1);
    await expectFrameHasNoAxeViolations(frame);
  });

  it('a host that caps the frame (max-height) is told apart from one that fits it: the frame lays itself out for the box', async () => {
    const page = await openPage('/test/pages/frame-capped.html');
    const frame = frameIn(page);
    await waitFor(() => fitOf(frame) === 'box', 'the frame to learn it does not fit', LONG);
    expect(frame.getBoundingClientRect().height).to.be.at.most(300);
    expect(inView(frame, frame.contentDocument!.querySelector('.frame-head a[href="tel:999"]'))).to.equal(true);
  });

  it('?fit=box keeps a fixed box even on a page that would resize it', async () => {
    const page = await openPage('/test/pages/frame-fit-box.html');
    const frame = frameIn(page);
    await waitFor(() => fitOf(frame) === 'box' && drawn(frame, 'safe-guides', '.card'), 'the guides in a box', LONG);
    // Long enough for a resize to have happened, had the frame asked for one.
    await new Promise((r) => setTimeout(r, 1500));
    expect(frame.getBoundingClientRect().height).to.be.closeTo(404, 2);
    expect(fitOf(frame)).to.equal('box');
  });

  it("a Google Sites-shaped sandbox shows the plan with the 999 line in view", async () => {
    const page = await openPage('/test/pages/frame-google-sites.html');
    const frame = frameIn(page);
    await waitFor(() => drawn(frame, 'safe-child-plan', '.step'), 'the plan', LONG);
    await waitFor(() => fitOf(frame) === 'box', 'the frame to lay itself out for the box', LONG);
    expect(inView(frame, frame.contentDocument!.querySelector('.frame-head a[href="tel:999"]'))).to.equal(true);
    expect(frame.contentDocument!.querySelector('safe-child-plan')!.shadowRoot!.querySelectorAll('.step')).to.have.length(3);
  });

  it('an oEmbed-shaped frame (sandbox="allow-scripts", an opaque origin) shows readable help with the 999 line in view', async () => {
    await openPage('/test/pages/frame-oembed.html');
    // An opaque origin loads the component only where the kit's host sends CORS headers (not this test server):
    // the help is there either way.
    const parents = services.filter((s) => s.audiences.parents && !s.emergency);
    const seen = await frameShows('frame/help-links.html?audience=parents', (t) => t.fit === 'box' && (parents.every((s) => t.text?.includes(s.name)) || (!!t.text?.includes('What is it about?') && t.text.includes(`Every service (${parents.length})`))), "the parents' help in the sandbox");
    expect(seen.emergencyVisible).to.equal(true);
    expect(seen.text).to.include('Open the full version in a new tab');
  });

  it('the build-time content gives way to the component with no loading state in between, and says the same', async () => {
    const frame = frameOnTestPage(`${KIT_PATH}frame/help-links.html`, 700, 600);
    const builtIds: string[] = [];
    let loadingShown = false;
    // Every frame the browser draws, until the component is there: a visible component never says "Loading…".
    await new Promise<void>((resolve, reject) => {
      const end = performance.now() + LONG;
      const tick = () => {
        const doc = frame.contentDocument;
        const holder = doc?.querySelector<HTMLElement>('[data-safe-kit]');
        if (doc?.querySelector('.frame-static')) builtIds.splice(0, Infinity, ...[...doc.querySelectorAll<HTMLElement>('.frame-static [data-service]')].map((e) => e.dataset.service!));
        const root = holder?.querySelector('safe-help-links')?.shadowRoot;
        if (holder && !holder.hidden && doc?.location.pathname.endsWith('help-links.html')) {
          if (root?.querySelector('[part~="essential-help"]') || !root?.querySelector('[data-service]')) loadingShown = true;
          else return resolve();
        }
        if (performance.now() > end) return reject(new Error('the component never took over'));
        requestAnimationFrame(tick);
      };
      tick();
    });
    expect(loadingShown, 'a loading state was shown').to.equal(false);
    const panel = frame.contentDocument!.querySelector('safe-help-links')!;
    const drawnIds = [...panel.shadowRoot!.querySelectorAll<HTMLElement>('[data-service]')].map((e) => e.dataset.service);
    expect(builtIds).to.deep.equal(drawnIds);
    expect(frame.contentDocument!.querySelector('.frame-static')).to.equal(null);
    expect(frame.contentDocument!.querySelector('.frame-title')!.textContent).to.equal(panel.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim());
    await expectFrameHasNoAxeViolations(frame);
  });

  it("a guide's link inside the guides frame is the kit's own page of that guide, which shows it", async () => {
    const page = await openPage('/test/pages/frame-shrinks.html');
    const frame = frameIn(page);
    const link = await waitFor(() => drawn(frame, 'safe-guides', '.card[data-guide="tiktok"] a') as HTMLAnchorElement, 'the TikTok card', LONG);
    // The page written at build time for that guide, which shows it without JavaScript too (frames-no-script.test.ts).
    expect(link.href).to.equal(new URL(`${KIT_PATH}frame/guides/tiktok.html`, location.href).href);
    frame.src = link.href;
    const element = await waitFor(() => drawn(frame, 'safe-guide', '[data-guide="tiktok"] .steps ol') && frame.contentDocument!.querySelector('safe-guide'), 'the TikTok guide on its own page', LONG);
    expect(element.getAttribute('guide')).to.equal('tiktok');
    expect(frame.contentDocument!.querySelector('.frame-static'), 'the build-time guide gave way').to.equal(null);
    // The page around it (with embed.js) fits the frame to the guide, as it does the list.
    // (Inside the frame's border: this host page leaves iframes their default one.)
    await waitFor(() => fitOf(frame) === 'page' && Math.abs(frame.clientHeight - bodyHeight(frame)) < 3, 'the frame to fit the guide', LONG).catch((e) => {
      throw new Error(`${e.message}: ${frame.clientHeight} for ${bodyHeight(frame)} (${fitOf(frame)})`);
    });
    await expectFrameHasNoAxeViolations(frame);
  });

  it("a guide's own frame page with ?fit=box keeps the 999 line in view in its box and shows that guide", async () => {
    const frame = frameOnTestPage(`${KIT_PATH}frame/guides/tiktok.html?fit=box`, 400, 300);
    await waitFor(() => fitOf(frame) === 'box' && drawn(frame, 'safe-guide', '[data-guide="tiktok"] .steps ol'), 'the TikTok guide in a box', LONG);
    expect(inView(frame, frame.contentDocument!.querySelector('.frame-head a[href="tel:999"]'))).to.equal(true);
    expect(new URL(frame.contentDocument!.querySelector<HTMLAnchorElement>('a[data-safe-kit-full]')!.href).pathname).to.equal(`${KIT_PATH}frame/guides/tiktok.html`);
  });

  it("a guide's own frame page still shows the guide its address names (frame/guides/tiktok.html?guide=roblox)", async () => {
    const frame = frameOnTestPage(`${KIT_PATH}frame/guides/tiktok.html?guide=roblox`, 700, 600);
    await waitFor(() => drawn(frame, 'safe-guide', '[data-guide="roblox"] .steps ol'), 'the Roblox guide', LONG);
  });

  it("with JavaScript, a guide's link in the list written at build time opens the guide's page in the frame, not a tab", async () => {
    // A host that has lost the components: the build-time list stays, with frame.js running.
    const frame = frameOnTestPage('/broken/no-component/kit/frame/guides.html', 700, 600);
    const link = await waitFor(() => (fitOf(frame) ? frame.contentDocument!.querySelector<HTMLAnchorElement>('.frame-static [data-guide="tiktok"] a') : null), 'the frame code and the list', LONG);
    const opened: string[] = [];
    // A tab "opened" is only noted: the frame stays where it is, and the test page too.
    frame.contentWindow!.open = (url?: string | URL) => (opened.push(String(url)), {} as Window);
    link.click();
    await waitFor(() => frame.contentWindow?.location.pathname.endsWith('/frame/guides/tiktok.html'), 'the guide in the frame', LONG).catch((e) => {
      throw new Error(`${e.message}: opened ${opened.join() || 'nothing'}, the frame at ${frame.contentWindow?.location.href}`);
    });
    expect(opened).to.deep.equal([]);
    // The address changes before the guide's page has been parsed: wait for its heading.
    const heading = await waitFor(() => frame.contentDocument?.querySelector('.frame-static h3'), "the guide's page", LONG);
    expect(heading.textContent).to.equal('TikTok');
  });
});

describe('help links in frames that may not open a tab', function () {
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  // The frame is the real built page, its links pointed at a local page (test/server-plugins.mjs, localLinksFrame).
  for (const sandbox of ['allow-scripts', '']) {
    it(`sandbox="${sandbox}": following a help link by keyboard goes somewhere (here, in the frame itself)`, async () => {
      await executeServerCommand('bring-to-front');
      const page = await openPage('/test/pages/frame-links.html');
      const frame = page.document.createElement('iframe');
      frame.setAttribute('sandbox', sandbox);
      frame.title = 'Where to get help';
      frame.width = '500';
      frame.height = '400';
      const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      frame.src = '/test/local-links/frame/help-links.html';
      page.document.querySelector('main')!.append(frame);
      await loaded;
      if (sandbox.includes('allow-scripts')) {
        // With scripts, wait until the kit's frame code runs (it lays out for the box nobody resizes).
        await frameShows('local-links/frame/help-links.html', (t) => t.fit === 'box', 'the frame code');
      }
      page.window.focus();
      page.document.getElementById('before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      const landed = await frameShows('/test/pages/landed.html', () => true, 'the link to go somewhere');
      expect(landed.url).to.include(`to=${encodeURIComponent('tel:999')}`);
    });
  }
});
