/**
 * Each way a webmaster can put the kit on a page, each in its own page (test/pages/), loading the built kit from
 * a sub-folder of the server as a council would host it.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { KIT_ORIGIN, content, drawnPanels, listedFor, openPage, shownServiceIds, waitFor } from '../helpers/kit.ts';
import type { Service } from '../../src/content/types.ts';


describe('embedding', () => {
  let services: Service[];
  const forAudience = (audience: 'children' | 'parents' | 'staff') => listedFor(services, audience);

  before(async () => {
    services = await content('services');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a script tag with data-component shows the panel exactly where the script stands', async () => {
    const page = await openPage('/test/pages/script-in-place.html');
    const [panel] = await drawnPanels(page, 1);
    expect(panel.previousElementSibling?.localName).to.equal('script');
    expect(panel.nextElementSibling?.id).to.equal('after');
    expect(panel.getAttribute('audience')).to.equal('children');
    expect(shownServiceIds(panel)).to.deep.equal(forAudience('children'));
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('one script and a <safe-help-links> tag anywhere', async () => {
    const page = await openPage('/test/pages/custom-tag.html');
    const [panel] = await drawnPanels(page, 1);
    expect(shownServiceIds(panel)).to.deep.equal(forAudience('staff'));
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('one script and a <div data-safe-kit> placeholder, with its data-* settings', async () => {
    const page = await openPage('/test/pages/placeholder.html');
    const [panel] = await drawnPanels(page, 1);
    expect(panel.parentElement!.dataset.safeKit).to.equal('help-links');
    expect(shownServiceIds(panel)).to.deep.equal(forAudience('parents'));
    expect(panel.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('loads the component and content only once, from beside embed.js', async () => {
    const page = await openPage('/test/pages/placeholder.html');
    await drawnPanels(page, 1);
    const scripts = page.window.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/council/') || p.startsWith('/dist/'));
    expect(scripts.every((p) => p.startsWith('/council/online-safety/kit/')), scripts.join()).to.equal(true);
    expect(scripts.length).to.be.at.least(3);
    expect(new Set(scripts).size).to.equal(scripts.length);
  });

  it('a page that pastes the script twice throws nothing and shows each panel once', async () => {
    const page = await openPage('/test/pages/loaded-twice.html');
    const all = await drawnPanels(page, 3);
    expect(all.map((p) => p.getAttribute('audience'))).to.have.members(['parents', 'children', 'staff']);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('a page with two copies of the kit from two folders throws nothing and shows each panel once', async () => {
    const page = await openPage('/test/pages/loaded-from-two-folders.html');
    const all = await drawnPanels(page, 3);
    expect(all.map((p) => p.getAttribute('audience'))).to.have.members(['parents', 'children', 'staff']);
    // Both copies ran their own component file (the slow one last), so a second definition was really attempted.
    const components = () =>
      page.window.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => /\/components\/help-links-/.test(p));
    expect(components().some((p) => p.startsWith('/neighbouring-council/kit/')), components().join()).to.equal(true);
    const slow = await waitFor(() => components().find((p) => p.startsWith('/slow-host/kit/')), "the slow copy's component to arrive");
    // Importing it again in the page waits for the same module's evaluation, and rejects if that threw.
    await (page.window as unknown as { eval(code: string): Promise<unknown> }).eval(`import(${JSON.stringify(slow)})`);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('works under a strict CSP with Trusted Types required, with no violation or console error', async function () {
    // Two panels on a loaded machine can take a while: wait generously (what matters is that they come, not when).
    this.timeout(90000);
    const page = await openPage('/test/pages/strict-csp.html');
    const all = await drawnPanels(page, 2, 60000);
    expect(shownServiceIds(all[0]).length).to.be.greaterThan(3);
    expect(page.window.__problems).to.deep.equal([]);
    // The policy is really in force on that page: eval is refused, and so is an HTML string where Trusted Types exist.
    expect(() => (page.window as unknown as { eval(code: string): unknown }).eval('1')).to.throw();
    if ('trustedTypes' in page.window) {
      expect(() => {
        page.document.createElement('div').innerHTML = '<b>x</b>';
      }).to.throw();
    }
  });

  it("makes no request to any origin but the kit's own, sets no cookie and stores nothing", async () => {
    const page = await openPage('/test/pages/placeholder.html');
    await drawnPanels(page, 1);
    // The test page's own scripts (its recorder, the test server's socket) aside, every request goes to the kit's
    // origin, which is another one.
    const origins = page.window.performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).origin !== location.origin)
      .map((e) => e.name);
    expect([...new Set(origins.map((o) => new URL(o).origin))], origins.join()).to.deep.equal([KIT_ORIGIN]);
    expect(page.document.cookie).to.equal('');
    expect(page.window.localStorage.length).to.equal(0);
    expect(page.window.sessionStorage.length).to.equal(0);
  });

  it("keeps its own look on a page whose CSS sets colours, sizes and line heights on everything", async () => {
    const page = await openPage('/test/pages/hostile-css.html');
    const [panel] = await drawnPanels(page, 1);
    const kit = page.window.getComputedStyle(panel.shadowRoot!.querySelector('.kit')!);
    const link = page.window.getComputedStyle(panel.shadowRoot!.querySelector('[data-service] a')!);
    const paragraph = page.window.getComputedStyle(panel.shadowRoot!.querySelector('[data-service] p')!);
    expect(kit.color).to.equal('rgb(11, 12, 12)');
    expect(parseFloat(kit.fontSize)).to.be.at.least(16);
    expect(parseFloat(kit.lineHeight) / parseFloat(kit.fontSize)).to.be.closeTo(1.5, 0.01);
    expect(kit.textTransform).to.equal('none');
    expect(link.color).to.not.equal('rgb(255, 255, 255)');
    expect(paragraph.display).to.equal('block');
  });

  it('an iframe of frame/help-links.html shows the panel for the audience in its address, and fits its content', async () => {
    // A frame fits its content when the page is drawn, which a background tab is not.
    await executeServerCommand('bring-to-front');
    const page = await openPage('/test/pages/frame-host.html');
    const frame = page.document.querySelector('iframe')!;
    const inner = () => frame.contentDocument!;
    const panel = await waitFor(() => inner().querySelector('safe-help-links')?.shadowRoot?.querySelector('[data-service]') && inner().querySelector('safe-help-links'), 'the panel in the frame');
    expect(panel.getAttribute('audience')).to.equal('staff');
    expect(shownServiceIds(panel)).to.deep.equal(forAudience('staff'));
    await waitFor(() => Number(frame.height) > 150 && Math.abs(Number(frame.height) - inner().documentElement.scrollHeight) < 5, 'the frame to fit its content', 20000);
  });

  it('the frame page without JavaScript still lists essential help as plain links', async () => {
    const html = await (await fetch('/council/online-safety/kit/frame/help-links.html')).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const hrefs = [...doc.querySelectorAll('body a')].map((a) => a.getAttribute('href'));
    for (const s of services.filter((s) => s.essential && s.url)) expect(hrefs).to.include(s.url);
    expect(hrefs).to.include('tel:999');
    // A helpline's number is never shown without what its file says about it, such as its opening times.
    for (const s of services.filter((s) => s.essential && s.phones[0]?.label && !s.emergency)) {
      const item = [...doc.querySelectorAll('[data-safe-kit-help] li')].find((li) => li.textContent!.includes(s.phones[0].number))!;
      expect(item.textContent, s.name).to.contain(`(${s.phones[0].label})`);
    }
  });

  it("the child's plan frame without JavaScript lists the children's services, not the adults' helpline", async () => {
    const html = await (await fetch('/council/online-safety/kit/frame/child-plan.html')).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const hrefs = [...doc.querySelectorAll('[data-safe-kit-help] a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:999');
    for (const s of services.filter((s) => s.essential && s.url && !s.emergency)) {
      if (s.audiences.children) expect(hrefs, s.name).to.include(s.url);
      else expect(hrefs, `${s.name} is not for children`).to.not.include(s.url);
    }
  });

  it("the quick exit's frame page without JavaScript is still a link to leave", async () => {
    const html = await (await fetch('/council/online-safety/kit/frame/exit.html')).text();
    const link = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-safe-kit="exit"] a')!;
    expect(link.textContent).to.equal('Exit this page');
    expect(link.getAttribute('href')).to.match(/^https:\/\//);
    expect(link.getAttribute('target')).to.equal('_top');
  });
});

describe('before a component has loaded', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a tag and a placeholder show readable links to help the moment embed.js has run', async () => {
    const page = await openPage('/test/pages/fallback-before-load.html');
    const seen = (page.window as unknown as { __firstSight: { tag: string; defined: boolean; text: string; links: string[] }[] }).__firstSight;
    expect(seen.map((s) => s.tag), JSON.stringify(seen)).to.deep.equal(['safe-help-links', 'safe-child-plan', 'safe-response-card']);
    const emergency = (await content('services')).find((s) => s.emergency)!;
    for (const { tag, defined, text, links } of seen) {
      expect(defined, `${tag} had not loaded yet`).to.equal(false);
      expect(links.length, `${tag}: links to help`).to.be.at.least(tag === 'safe-response-card' ? 1 : 2);
      expect(links.every((href) => /^(https:|tel:)/.test(href)), links.join()).to.equal(true);
      if (tag !== 'safe-response-card') expect(text, tag).to.contain(`call ${emergency.phones[0].number}`);
    }
    // The school's own link inside the tag is kept.
    expect(seen[2].links).to.include('https://www.nspcc.org.uk/');
  });
});

describe('when part of the kit cannot load', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a component whose code is missing shows plain links to help in its place, not a blank box', async () => {
    const page = await openPage('/test/pages/no-component.html');
    const panel = page.document.querySelector('safe-help-links')!;
    const links = await waitFor(() => panel.querySelectorAll('a').length > 2 && [...panel.querySelectorAll('a')], 'plain help links');
    expect(links.map((a) => a.getAttribute('href'))).to.include('tel:999');
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('a quick exit whose code is missing is still a plain link to its neutral page', async () => {
    const page = await openPage('/test/pages/no-component-exit.html');
    const exit = await waitFor(() => page.document.querySelector('safe-exit'), 'the exit element');
    const link = await waitFor(() => exit.querySelector('a'), 'the plain exit link');
    expect(link.getAttribute('href')).to.equal('https://www.example.org/neutral');
    expect(link.textContent).to.equal('Exit this page');
  });

  it('a panel whose content is missing says so and still lists essential help', async () => {
    const page = await openPage('/test/pages/no-content.html');
    const panel = page.document.querySelector('safe-help-links')!;
    const help = await waitFor(() => panel.shadowRoot?.querySelector('[part="essential-help"]')?.textContent?.includes('could not load') && panel.shadowRoot!.querySelector('[part="essential-help"]')!, 'the failure message');
    const services = await content('services');
    const hrefs = [...help.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    // The page asks for the children's panel: its fallback lists the children's services, not the adults' helpline.
    for (const s of services.filter((s) => s.essential && s.url && !s.emergency)) {
      if (s.audiences.children) expect(hrefs).to.include(s.url);
      else expect(hrefs, `${s.name} is not for children`).to.not.include(s.url);
    }
    expect(services.some((s) => s.essential && s.url && !s.audiences.children), 'an essential service only for adults').to.equal(true);
  });
});
