/**
 * Pages shaped like what school websites' editors and tools really leave (../../shared/CMS.md): the snippet as
 * WordPress saves it for an Author, as wpautop wraps it, moved into <head>, added after load by page-building
 * JavaScript, rewritten by an optimiser. The kit is on another origin, as on every school's site. Each shows the
 * reader help, and says what is wrong where the webmaster can read it.
 */
import { expect } from '@esm-bundle/chai';
import { KIT, content, drawnPanels, listedFor, openPage, shownServiceIds, waitFor, type TestPage } from '../helpers/kit.ts';
import type { Service } from '../../src/content/types.ts';


/** The panel is laid out as a block a reader can see: not squeezed into a line of text. */
function readable(page: TestPage, panel: HTMLElement) {
  expect(page.window.getComputedStyle(panel).display).to.equal('block');
  const box = panel.getBoundingClientRect();
  expect(box.height).to.be.greaterThan(200);
  expect(box.width).to.be.greaterThan(300);
}

describe('pages shaped like school websites', () => {
  let services: Service[];
  const forAudience = (audience: 'children' | 'parents' | 'staff') => listedFor(services, audience);
  before(async () => {
    services = await content('services');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it("WordPress for an Author (wp_kses_post): the saved placeholder and the site's one script draw the panel with its settings", async () => {
    const page = await openPage('/test/pages/cms/wp-kses.html');
    const [panel] = await drawnPanels(page, 1);
    expect(panel.parentElement!.dataset.safeKit).to.equal('help-links');
    expect(shownServiceIds(panel)).to.deep.equal(forAudience('staff'));
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('WordPress classic editor: a script wpautop wrapped in <p> draws its panel after the paragraph, not inside it', async () => {
    const page = await openPage('/test/pages/cms/wpautop-script.html');
    const [panel] = await drawnPanels(page, 1);
    expect(panel.parentElement!.localName).to.not.equal('p');
    expect(panel.previousElementSibling!.localName).to.equal('p');
    expect(panel.previousElementSibling!.querySelector('script[data-component]')).to.not.equal(null);
    expect(panel.nextElementSibling!.id).to.equal('after');
    expect(shownServiceIds(panel)).to.deep.equal(forAudience('parents'));
    readable(page, panel);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('WordPress classic editor: a tag and the script in one <p> with a <br /> draw a full-width block', async () => {
    const page = await openPage('/test/pages/cms/wpautop-tag.html');
    const [panel] = await drawnPanels(page, 1);
    expect(panel.parentElement!.localName).to.equal('p');
    expect(shownServiceIds(panel)).to.deep.equal(forAudience('children'));
    readable(page, panel);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('a script moved into <head> draws its panel in the main content, and the console says how to place it', async () => {
    const page = await openPage('/test/pages/cms/script-in-head.html');
    const [panel] = await drawnPanels(page, 1);
    expect(panel.parentElement!.localName).to.equal('main');
    readable(page, panel);
    expect(page.window.__problems).to.have.length(1);
    expect(page.window.__problems[0]).to.match(/console\.warn: safe-kit: a script in <head> cannot show its panel there.*Paste the script where the panel should go/);
  });

  it('a script snippet added after load with innerHTML (where a script never runs) still draws its panel', async () => {
    const page = await openPage('/test/pages/cms/site-wide-kit.html');
    await waitFor(() => (page.window as unknown as { safeKit?: unknown }).safeKit, 'the site-wide kit');
    const box = page.document.getElementById('content')!;
    // Page-building JavaScript, as Wix or a page builder inserts a block's HTML.
    box.innerHTML = `<p>Help:</p><script src="${KIT}embed.js" data-component="help-links" data-audience="staff" async></script>`;
    const [panel] = await drawnPanels(page, 1);
    expect(panel.previousElementSibling!.localName).to.equal('script');
    expect(shownServiceIds(panel)).to.deep.equal(forAudience('staff'));
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('a placeholder that page JavaScript adds on its own, after load, draws its panel', async () => {
    const page = await openPage('/test/pages/cms/site-wide-kit.html');
    await waitFor(() => (page.window as unknown as { safeKit?: unknown }).safeKit, 'the site-wide kit');
    const placeholder = page.document.createElement('div');
    placeholder.dataset.safeKit = 'help-links';
    placeholder.dataset.audience = 'staff';
    // Added as the node itself, straight into the page, as a page builder adds one block.
    page.document.getElementById('content')!.append(placeholder);
    const [panel] = await drawnPanels(page, 1);
    expect(panel.parentElement).to.equal(placeholder);
    expect(shownServiceIds(panel)).to.deep.equal(forAudience('staff'));
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('a script snippet added after load with createElement draws one panel, not two', async () => {
    const page = await openPage('/test/pages/cms/site-wide-kit.html');
    await waitFor(() => (page.window as unknown as { safeKit?: unknown }).safeKit, 'the site-wide kit');
    const script = page.document.createElement('script');
    script.src = `${KIT}embed.js`;
    script.dataset.component = 'help-links';
    script.dataset.audience = 'children';
    const ran = new Promise((resolve) => script.addEventListener('load', resolve));
    page.document.getElementById('content')!.append(script);
    await ran;
    const [panel] = await drawnPanels(page, 1);
    expect(shownServiceIds(panel)).to.deep.equal(forAudience('children'));
    expect(page.window.__problems).to.deep.equal([]);
  });

  for (const [optimiser, path, audience] of [
    ['Cloudflare Rocket Loader (type="text/rocketscript", data-rocketsrc)', '/test/pages/cms/rocket-loader.html', 'children'],
    ['a lazy loader (data-src)', '/test/pages/cms/lazy-loader.html', 'staff'],
  ] as const) {
    it(`${optimiser}: the loader finds its own address and settings, and draws where the snippet was`, async () => {
      const page = await openPage(path);
      const [panel] = await drawnPanels(page, 1);
      expect(panel.previousElementSibling!.localName).to.equal('script');
      expect(panel.nextElementSibling!.id).to.equal('after');
      expect(shownServiceIds(panel)).to.deep.equal(forAudience(audience));
      // The copy the optimiser ran is in <head> and carries only the address: it draws nothing there.
      expect(page.document.head.querySelector('safe-help-links')).to.equal(null);
      expect(page.window.__problems).to.deep.equal([]);
    });
  }
});
