/**
 * The demo's "Get the code" page, as a webmaster uses it: first "which website do you use?", then what to show.
 * For every website and every component the kit builds, the snippets are the ones that survive there, point at
 * this kit, and carry the essential help inside them, so a page is never blank even when embed.js cannot load.
 */
import { expect } from '@esm-bundle/chai';
import { KIT_PATH, content, openPage, waitFor, type TestPage } from '../helpers/kit.ts';
import type { Service } from '../../src/content/types.ts';

const SITES = ['wordpress-block', 'wordpress-classic', 'wordpress-filtered', 'google-sites', 'wix', 'squarespace', 'sharepoint', 'drupal', 'joomla', 'company', 'other'];
/** The tags and attributes wp_kses_post keeps for every WordPress user (../../shared/CMS.md). */
const KSES_TAGS = ['div', 'p', 'a', 'strong'];
const KSES_ATTRIBUTE = /^(href|target|data-[a-z-]+)$/;

async function openGetTheCode(): Promise<TestPage> {
  const page = await openPage(`${KIT_PATH}demo/get-the-code.html`);
  await waitFor(() => (page.document.querySelector<HTMLSelectElement>('#component')?.options.length ?? 0) > 0 && page.document.querySelector('#snippets pre'), 'the page to be ready');
  return page;
}

function choose(page: TestPage, id: string, value: string) {
  const select = page.document.getElementById(id) as HTMLSelectElement;
  select.value = value;
  expect(select.value, `${id} offers ${value}`).to.equal(value);
  select.dispatchEvent(new Event('change'));
}

const snippets = (page: TestPage) => [...page.document.querySelectorAll<HTMLElement>('#snippets pre')].map((pre) => ({ kind: pre.dataset.kind!, code: pre.textContent! }));
const text = (page: TestPage, id: string) => page.document.getElementById(id)!.textContent!;

describe('the Get the code page', () => {
  let built: string[];
  let services: Service[];
  const kitUrl = new URL(`${KIT_PATH}embed.js`, location.href).href;
  before(async () => {
    const embed = await (await fetch(`${KIT_PATH}embed.js`)).text();
    built = Object.keys(JSON.parse(embed.match(/\{"safe-[^}]*\}/)![0]) as Record<string, string>).map((t) => t.slice('safe-'.length));
    services = await content('services');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  /** The help a snippet must carry for an audience: 999 first, then each essential service, with its note. */
  function expectHelp(code: string, audience: string | undefined, where: string) {
    const doc = new DOMParser().parseFromString(code, 'text/html');
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    const words = doc.body.textContent!.replace(/\s+/g, ' ');
    expect(hrefs, where).to.include('tel:999');
    expect(words, where).to.contain('In immediate danger, call 999');
    for (const s of services.filter((s) => s.essential && !s.emergency && (!audience || s.audiences[audience as 'children']))) {
      expect(hrefs, `${where}: ${s.id}`).to.include(s.url);
      const phone = s.phones[0];
      if (phone) {
        expect(hrefs, `${where}: ${s.id}`).to.include(`tel:${phone.number.replace(/\s/g, '')}`);
        if (phone.label) expect(words, `${where}: ${s.id}`).to.contain(`${phone.number} (${phone.label})`);
      }
    }
    if (audience === 'children') expect(words, where).to.not.contain('NSPCC');
    else expect(words, where).to.match(/NSPCC Helpline: 0808 800 5000 \(see the website for opening times\)/);
  }

  it('starts from "which website do you use?", and offers every website and every component', async () => {
    const page = await openGetTheCode();
    const site = page.document.getElementById('site')!;
    const component = page.document.getElementById('component')!;
    expect(site.compareDocumentPosition(component) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect([...(site as HTMLSelectElement).options].map((o) => o.value)).to.deep.equal(SITES);
    expect([...(component as HTMLSelectElement).options].map((o) => o.value).sort()).to.deep.equal([...built].sort());
  });

  it('for every website and component: snippets that survive there, point at this kit and carry the help inside', async function () {
    this.timeout(60000);
    const page = await openGetTheCode();
    for (const site of SITES) {
      choose(page, 'site', site);
      for (const name of built) {
        choose(page, 'component', name);
        const audience = name === 'child-plan' ? 'children' : (page.document.getElementById('setting-audience') as HTMLSelectElement | null)?.value;
        const where = `${site}, ${name}`;
        const all = snippets(page);
        expect(all.length, where).to.be.greaterThan(0);
        for (const { kind, code } of all) {
          if (kind === 'placeholder' || kind === 'placeholder-only') {
            expect(code, where).to.match(new RegExp(`^<div data-safe-kit="${name}"`));
            expect(code.includes(`<script src="${kitUrl}" async></script>`), where).to.equal(kind === 'placeholder');
            // What WordPress keeps for every user: nothing here is removed from a filtered user's post.
            const doc = new DOMParser().parseFromString(code, 'text/html');
            for (const element of doc.body.querySelectorAll('*')) {
              if (element.localName === 'script') continue;
              expect(KSES_TAGS, `${where}: <${element.localName}>`).to.include(element.localName);
              for (const a of element.getAttributeNames()) expect(a, where).to.match(KSES_ATTRIBUTE);
            }
            // One line per element: wpautop would turn a line break inside into <br />.
            expect(code.split('\n')[0], where).to.match(/<\/div>$/);
          }
          if (kind === 'site-script') expect(code, where).to.equal(`<script src="${kitUrl}" async></script>`);
          if (kind === 'iframe') expect(code, where).to.match(new RegExp(`^<iframe src="[^"]*/frame/${name}\\.html[^"]*" title="[^"]+" width="100%" height="\\d+"`));
          if (kind === 'tag') expect(code, where).to.match(new RegExp(`^<safe-${name}[ >]`));
          if (name === 'exit' && kind !== 'help-only') {
            if (kind !== 'site-script' && kind !== 'iframe') expect(code, where).to.contain('Exit this page</a>');
          } else if (kind !== 'site-script' && kind !== 'iframe') {
            expectHelp(code, audience, `${where} (${kind})`);
          }
        }
      }
    }
  });

  it('each website gets the steps that work there', async () => {
    const page = await openGetTheCode();
    choose(page, 'component', 'help-links');
    const kinds = () => snippets(page).map((s) => s.kind);
    choose(page, 'site', 'wordpress-filtered');
    expect(kinds()).to.deep.equal(['placeholder-only', 'site-script']);
    expect(text(page, 'steps')).to.contain('once for the whole site');
    choose(page, 'site', 'wordpress-classic');
    expect(text(page, 'steps')).to.contain('Text tab');
    choose(page, 'site', 'sharepoint');
    expect(kinds()).to.deep.equal(['iframe']);
    expect(text(page, 'steps')).to.contain('HTML Field Security');
    choose(page, 'site', 'drupal');
    expect(kinds()).to.deep.equal(['placeholder', 'help-only']);
    expect(text(page, 'site-about')).to.contain('Basic HTML');
    expect(text(page, 'steps')).to.contain('Full HTML');
    choose(page, 'site', 'joomla');
    expect(text(page, 'site-about')).to.contain('Prohibited Elements');
    choose(page, 'site', 'company');
    expect(page.document.querySelectorAll('#steps li')).to.have.length(4);
    expect(kinds()).to.deep.equal(['placeholder-only', 'site-script']);
    for (const site of ['google-sites', 'wix']) {
      choose(page, 'site', site);
      const height = page.document.getElementById('box-height')!;
      expect(height.hidden, site).to.equal(false);
      expect(height.textContent).to.match(/Suggested height for the box: \d+ px/);
      // In a box on the website's own address, links open a tab rather than change the box.
      expect(snippets(page)[0].code).to.contain('target="_blank"');
    }
    choose(page, 'site', 'other');
    expect(page.document.getElementById('box-height')!.hidden).to.equal(true);
    expect(text(page, 'trouble')).to.contain('Access-Control-Allow-Origin');
    expect(text(page, 'trouble')).to.contain('data-cfasync="false"');
  });

  it('shows a live preview of the component with the settings chosen', async () => {
    const page = await openGetTheCode();
    choose(page, 'component', 'help-links');
    choose(page, 'setting-audience', 'staff');
    const preview = page.document.getElementById('preview') as HTMLIFrameElement;
    expect(preview.getAttribute('src')).to.equal(new URL(`${KIT_PATH}frame/help-links.html?audience=staff`, location.href).href);
    await waitFor(() => preview.contentDocument?.querySelector('safe-help-links')?.shadowRoot?.querySelector('[data-service]'), 'the preview drawn', 20000);
  });

  it('a pasted snippet whose embed.js cannot load still shows the help: never blank', async () => {
    const page = await openGetTheCode();
    choose(page, 'site', 'other');
    choose(page, 'component', 'help-links');
    const code = snippets(page)[0].code.replace(kitUrl, new URL('/no-such-kit/embed.js', location.href).href);
    const frame = document.createElement('iframe');
    frame.width = '600';
    frame.height = '400';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A school page</title></head><body>${code}</body></html>`;
    document.body.append(frame);
    await loaded;
    const shown = frame.contentDocument!.body.innerText;
    for (const words of ['In immediate danger, call 999', 'Childline: 0800 1111', 'NSPCC Helpline: 0808 800 5000 (see the website for opening times)']) {
      expect(shown).to.contain(words);
    }
    expect(frame.contentDocument!.querySelector('[data-safe-kit]')!.getBoundingClientRect().height).to.be.greaterThan(20);
  });

  it('every setting chosen in the form appears, with the right prefix, in every snippet it prints', async function () {
    this.timeout(60000);
    const page = await openGetTheCode();
    let checked = 0;
    for (const site of SITES) {
      choose(page, 'site', site);
      for (const name of built) {
        choose(page, 'component', name);
        const fields = [...page.document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#settings [id^="setting-"]')];
        const values = new Map<string, string>();
        for (const field of fields) {
          const setting = field.id.slice('setting-'.length);
          // The page's elements are of the frame's realm: tell a menu by its tag, not by instanceof.
          if (field.localName === 'select') {
            const menu = field as HTMLSelectElement;
            menu.value = menu.options[menu.options.length - 1].value;
            field.dispatchEvent(new Event('change'));
          } else {
            field.value = setting.endsWith('email') ? 'dsl@school.example' : setting.endsWith('phone') ? '01632 960000' : 'Ms O\u2019Neil';
            field.dispatchEvent(new Event('input'));
          }
          values.set(setting, field.value);
        }
        for (const { kind, code } of snippets(page)) {
          const where = `${site}, ${name} (${kind})`;
          const escaped = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
          for (const [setting, value] of values) {
            if (kind === 'placeholder' || kind === 'placeholder-only') expect(code, where).to.contain(` data-${setting}="${escaped(value)}"`);
            if (kind === 'tag') expect(code, where).to.contain(` ${setting}="${escaped(value)}"`);
            if (kind === 'tag') expect(code, where).to.not.contain(` data-${setting}=`);
            if (kind === 'iframe') {
              const src = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe')!.getAttribute('src')!;
              expect(new URL(src).searchParams.get(setting), where).to.equal(value);
            }
            if (kind === 'placeholder' || kind === 'placeholder-only' || kind === 'tag' || kind === 'iframe') checked++;
          }
        }
      }
    }
    expect(checked, 'settings checked in snippets').to.be.greaterThan(50);
  });
});
