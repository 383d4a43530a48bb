/**
 * The WordPress plugin in a real WordPress (Debian's 6.1, MariaDB, PHP), installed from the built zip, on a site
 * with DISALLOW_UNFILTERED_HTML, with the kit served from a second origin:
 * - the settings page names a wrong kit address and a kit server without the CORS header in plain words;
 * - an Author saves the block and the shortcode through the REST API, as the editors do, and kses leaves them
 *   exactly as sent, while the plain script snippet, a custom tag and an iframe are stripped from the same Author's
 *   post (shown in the test's output, so the difference stays documented);
 * - Chromium shows the components on the published posts, with embed.js once, in the footer, only where used;
 * - the block editor draws the block with the kit as readers will see it;
 * - deleting the plugin removes its settings.
 *
 * Needs `npm run build` first (npm test does it) and the Debian packages .ci/run installs. On CI a missing
 * package fails the test; elsewhere the test is skipped, saying what to install.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumPath, CHROMIUM_ARGS } from '../browsers.mjs';
import { serveKit, type KitServer } from './kit-server.ts';
import { missingForWordPress, PACKAGES, startWordPress, type WordPressSite } from './wordpress-site.ts';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const ZIP = `${DIST}/wordpress/online-safety-kit.zip`;
const LOADED = 60_000;
const DSL = 'Ms A Patel';

const missing = missingForWordPress();
if (missing.length && process.env.CI) {
  throw new Error(`The WordPress test needs ${missing.join(', ')}: .ci/run must install them (apt-get install -y ${PACKAGES}).`);
}
const skip = missing.length ? `not installed here: ${missing.join(', ')} (apt-get install -y ${PACKAGES})` : false;

let site: WordPressSite;
let kit: KitServer;
let kitWithoutCors: KitServer;
let browser: Browser;
const posts: Record<'block' | 'shortcode' | 'snippet', { id: number; link: string; sent: string }> = {} as never;

before(async () => {
  if (skip) return;
  assert.ok(existsSync(ZIP), `${ZIP} is missing: run npm run build first.`);
  kit = await serveKit(DIST, { cors: true });
  kitWithoutCors = await serveKit(DIST, { cors: false });
  site = await startWordPress(ZIP);
  browser = await puppeteer.launch({ executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}, { timeout: 180_000 });

after(async () => {
  await browser?.close();
  await site?.stop();
  await kit?.close();
  await kitWithoutCors?.close();
});

async function logIn(page: Page, user: string, password: string) {
  await page.goto(`${site.url}/wp-login.php`);
  // Filled in at once, not typed: the login page moves the focus to the user name field shortly after it loads.
  await page.$eval('#user_login', (input, v) => { (input as HTMLInputElement).value = v; }, user);
  await page.$eval('#user_pass', (input, v) => { (input as HTMLInputElement).value = v; }, password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
}

/** Saves the kit's settings as the admin does, and returns what WordPress says above the form. */
async function saveSettings(page: Page, kitUrl: string, dslName = ''): Promise<string> {
  await page.goto(`${site.url}/wp-admin/options-general.php?page=online-safety-kit`);
  if (!(await page.$('#online-safety-kit-kit_url'))) {
    throw new Error(`No settings form at ${page.url()}: ${(await page.$eval('body', (b) => b.textContent ?? '')).replace(/\s+/g, ' ').slice(0, 500)}`);
  }
  for (const [id, value] of [['kit_url', kitUrl], ['dsl_name', dslName]]) {
    await page.$eval(`#online-safety-kit-${id}`, (input, v) => { (input as HTMLInputElement).value = v; }, value);
  }
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  return page.$$eval('.notice, .settings-error', (notices) => notices.map((n) => n.textContent?.trim()).join('\n'));
}

/** The Author's REST API call, as the block editor makes it (an application password stands for the login). */
async function asAuthor(path: string, init: { method?: string; body?: unknown; query?: string } = {}) {
  const response = await fetch(`${site.url}/?rest_route=${encodeURIComponent(path)}${init.query ?? ''}`, {
    method: init.method ?? 'GET',
    headers: {
      Authorization: `Basic ${Buffer.from(`${site.author.user}:${site.author.applicationPassword}`).toString('base64')}`,
      'Content-Type': 'application/json',
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  assert.ok(response.ok, `${init.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

async function publishAsAuthor(title: string, content: string) {
  const post = (await asAuthor('/wp/v2/posts', { method: 'POST', body: { title, content, status: 'publish' } })) as { id: number; link: string };
  const stored = (await asAuthor(`/wp/v2/posts/${post.id}`, { query: '&context=edit' })) as { content: { raw: string } };
  return { id: post.id, link: post.link, sent: content, stored: stored.content.raw };
}

test('the site is one where kses filters every role', { skip }, () => {
  assert.equal(site.installInfo.authorCanUnfiltered, false);
  assert.equal(site.installInfo.adminCanUnfiltered, false, 'DISALLOW_UNFILTERED_HTML takes it from administrators too');
});

test('settings: a wrong kit address and a kit server without the CORS header are named in plain words', { skip, timeout: 120_000 }, async () => {
  const page = await browser.newPage();
  await logIn(page, site.admin.user, site.admin.password);

  const wrong = await saveSettings(page, `${kit.url}no-kit-here/`);
  assert.match(wrong, /There is no kit at this address: .*no-kit-here\/embed\.js answered 404/);

  const noCors = await saveSettings(page, kitWithoutCors.url);
  assert.match(noCors, /does not let other websites load its parts/);
  assert.match(noCors, /Access-Control-Allow-Origin/);

  const right = await saveSettings(page, `${kit.url}embed.js`, DSL);
  assert.match(right, /The kit was found at/);
  assert.equal(await page.$eval('#online-safety-kit-kit_url', (i) => (i as HTMLInputElement).value), kit.url, 'a pasted embed.js address is kept as the folder');
  await page.close();
});

test('an Author saves the block and the shortcode, and kses keeps them exactly as sent', { skip, timeout: 60_000 }, async () => {
  // Two blocks on one page: the kit's script must still come once.
  const block = [
    '<!-- wp:online-safety-kit/help {"component":"exit"} /-->',
    '<!-- wp:online-safety-kit/help {"component":"response-card","settings":{"audience":"staff","variant":"short"}} /-->',
  ].join('\n\n');
  // Classic-editor content (no block markup): WordPress runs wpautop on it.
  // A setting no component takes, and one that would run script, are left out of the page.
  const shortcode = 'What to do if you are worried:\n\n[online_safety component="help-links" audience="parents" onmouseover="alert(1)" colour="red"]\n\nFor children:\n\n[online_safety component="help-links" audience="children"]';
  const saved = { block: await publishAsAuthor('Response card', block), shortcode: await publishAsAuthor('Help links', shortcode) };
  for (const [name, post] of Object.entries(saved)) {
    assert.equal(post.stored, post.sent, `${name}: the stored post_content is what the Author sent`);
    posts[name as 'block' | 'shortcode'] = post;
  }
});

test('the same Author\'s pasted snippets are stripped on save (why the plugin exists)', { skip, timeout: 60_000 }, async (t) => {
  const snippet = [
    `<script src="${kit.url}embed.js" data-component="help-links" async></script>`,
    '<safe-help-links audience="parents"></safe-help-links>',
    `<iframe src="${kit.url}frame/help-links.html?audience=parents" title="Where to get help"></iframe>`,
    '<div data-safe-kit="help-links" data-audience="parents"><a href="https://www.childline.org.uk/">Childline</a></div>',
  ].join('\n');
  const post = await publishAsAuthor('Pasted snippets', snippet);
  posts.snippet = post;
  for (const line of ['An Author on this site sent:', ...snippet.split('\n'), 'WordPress stored:', ...post.stored.split('\n')]) t.diagnostic(line);
  assert.doesNotMatch(post.stored, /<script/, 'the script is removed');
  assert.doesNotMatch(post.stored, /<safe-help-links/, 'the custom tag is removed');
  assert.doesNotMatch(post.stored, /<iframe/, 'the iframe is removed');
  assert.match(post.stored, /<div data-safe-kit="help-links" data-audience="parents"><a href="https:\/\/www.childline.org.uk\/">Childline<\/a><\/div>/, 'the placeholder is kept');
});

test('the published pages carry the placeholder with plain help, and embed.js once, in the footer, only where used', { skip, timeout: 60_000 }, async () => {
  const html = async (link: string) => (await fetch(link)).text();
  const scriptTag = /<script\b[^>]*src=['"]([^'"]*embed\.js)['"][^>]*>/g;

  for (const name of ['block', 'shortcode'] as const) {
    const page = await html(posts[name].link);
    const scripts = [...page.matchAll(scriptTag)];
    assert.equal(scripts.length, 1, `${name}: embed.js once`);
    assert.equal(scripts[0][1], `${kit.url}embed.js`, `${name}: from the kit's address, with no version added`);
    for (const attribute of ['data-cfasync="false"', 'data-no-optimize="1"', 'data-no-defer="1"', 'data-cookieconsent="ignore"']) {
      assert.ok(scripts[0][0].includes(attribute), `${name}: the script carries ${attribute}`);
    }
    assert.ok(scripts[0][0].indexOf('data-cfasync') < scripts[0][0].indexOf(' src='), `${name}: Rocket Loader reads data-cfasync only before src`);
    const placeholder = page.indexOf(`<div class="online-safety-kit" data-safe-kit="${name === 'block' ? 'response-card' : 'help-links'}"`);
    assert.ok(placeholder > 0 && scripts[0].index > placeholder, `${name}: the script comes after the content, in the footer`);
    assert.ok(page.indexOf('</footer>') < scripts[0].index, `${name}: the script is after the theme's footer`);
    const inside = page.slice(placeholder, page.indexOf('</ul></div>', placeholder));
    assert.match(inside, /In immediate danger, call <a href="tel:999">999<\/a>/, `${name}: 999 is in the page before any script runs`);
    assert.match(inside, /<a href="https:\/\/www.childline.org.uk\/">Childline<\/a>: <a href="tel:08001111">0800 1111<\/a>/);
    assert.match(inside, /NSPCC Helpline<\/a>: <a href="tel:08088005000">0808 800 5000<\/a> \(see the website for opening times\)/);
    assert.doesNotMatch(inside, /<br|<p><\/p>/, `${name}: wpautop added nothing inside`);
  }
  const shortcodePage = await html(posts.shortcode.link);
  assert.match(shortcodePage, /<div class="online-safety-kit" data-safe-kit="help-links" data-audience="parents" data-heading-level="2">/);
  assert.doesNotMatch(shortcodePage, /<p>\s*<div class="online-safety-kit"/, 'wpautop does not wrap the shortcode in <p>');
  assert.doesNotMatch(shortcodePage, /onmouseover|colour|alert\(1\)/, 'settings the component does not take are not written');
  const forChildren = shortcodePage.slice(shortcodePage.indexOf('data-safe-kit="help-links" data-audience="children"'));
  assert.match(forChildren.slice(0, forChildren.indexOf('</ul></div>')), /Childline/);
  assert.doesNotMatch(forChildren.slice(0, forChildren.indexOf('</ul></div>')), /NSPCC/, "a children's panel's plain help leaves out the adults' helpline, as the kit's does");
  const blockPage = await html(posts.block.link);
  assert.match(blockPage, /<div class="online-safety-kit" data-safe-kit="exit"><p><a href="https:\/\/www.bbc.co.uk\/weather">Exit this page<\/a><\/p><\/div>/, 'the quick exit is an exit link before the kit loads');
  assert.match(blockPage, new RegExp(`data-safe-kit="response-card" data-audience="staff" data-variant="short" data-heading-level="2" data-dsl-name="${DSL}"`), "the site's safeguarding lead is passed to the response card");

  assert.doesNotMatch(await html(posts.snippet.link), /embed\.js/, 'a page without the block or shortcode does not load the kit');
});

test('Chromium shows the components on the published posts, asking only the site and the kit', { skip, timeout: 120_000 }, async () => {
  const context = await browser.createBrowserContext();
  const origins = new Set<string>();
  for (const [name, tag, expected] of [['block', 'safe-response-card', DSL], ['shortcode', 'safe-help-links', 'Childline']] as const) {
    const page = await context.newPage();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto(posts[name].link);
    await page.waitForFunction(
      (t, text) => {
        const element = document.querySelector(`.online-safety-kit ${t}`);
        return !!element?.shadowRoot?.querySelector('[part="heading"]') && element.shadowRoot.textContent!.includes(text);
      },
      { timeout: LOADED },
      tag,
      expected,
    );
    await page.close();
  }
  assert.deepEqual([...origins].filter((o) => o !== site.url && o !== new URL(kit.url).origin), [], 'no requests to any other origin');
  assert.deepEqual(await context.cookies(), [], 'no cookies: the kit sets none, and neither does the plugin');
  await context.close();
});

test('the block editor draws the block with the kit, and its sidebar sets what the post stores, for the Author', { skip, timeout: 180_000 }, async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await logIn(page, site.author.user, site.author.password);
  await page.goto(`${site.url}/wp-admin/post.php?post=${posts.block.id}&action=edit`);
  const drawn = await page
    .waitForFunction(
      (text) => {
        const element = document.querySelector('.wp-block-online-safety-kit-help safe-response-card');
        return !!element?.shadowRoot?.textContent?.includes(text);
      },
      { timeout: 120_000 },
      DSL,
    )
    .then(() => true, () => false);
  // What the editor had instead, so a failure says where it stopped.
  const state = await page.evaluate(() => ({
    kitScripts: [...document.querySelectorAll('script[src*="embed.js"]')].map((s) => (s as HTMLScriptElement).src),
    block: document.querySelector('.wp-block-online-safety-kit-help')?.outerHTML.slice(0, 300) ?? 'no block in the editor',
  }));
  if (!drawn) await context.close();
  assert.ok(drawn, `the kit did not draw the block in the editor: ${JSON.stringify(state)}`);

  // The Author chooses another audience in the block's sidebar: the block's comment and the preview follow.
  await page.keyboard.press('Escape'); // the editor's welcome guide, on a first visit
  await page.evaluate(() => {
    type Data = { select(s: string): { getBlocks(): { clientId: string; attributes: { component: string } }[] }; dispatch(s: string): Record<string, (a: string) => void> };
    const data = (window as unknown as { wp: { data: Data } }).wp.data;
    const card = data.select('core/block-editor').getBlocks().find((b) => b.attributes.component === 'response-card');
    data.dispatch('core/block-editor').selectBlock(card!.clientId);
    data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  const select = await page
    .waitForFunction(
      () => [...document.querySelectorAll('.block-editor-block-inspector label')].find((l) => l.textContent === 'Who it speaks to')?.getAttribute('for'),
      { timeout: 30_000 },
    )
    .catch(async () => {
      const labels = await page.$$eval('label', (ls) => ls.map((l) => l.textContent).join(' | '));
      await context.close();
      throw new Error(`No "Who it speaks to" in the block's sidebar. Labels on the page: ${labels}`);
    });
  await page.select(`#${await select.jsonValue()}`, 'parents');
  await page.waitForSelector('.wp-block-online-safety-kit-help safe-response-card[audience="parents"]', { timeout: 60_000 });
  const saved = await page.evaluate(() =>
    (window as unknown as { wp: { data: { select(s: string): { getEditedPostContent(): string } } } }).wp.data.select('core/editor').getEditedPostContent(),
  );
  assert.match(saved, /<!-- wp:online-safety-kit\/help \{"component":"response-card","settings":\{"audience":"parents","variant":"short"\}\} \/-->/);
  await context.close();
});

test('deleting the plugin removes its settings', { skip, timeout: 60_000 }, () => {
  assert.equal((site.option('online_safety_kit_settings') as { dsl_name?: string } | null)?.dsl_name, DSL, 'saved before');
  site.deletePlugin();
  assert.equal(site.pluginFolderExists(), false, 'the plugin is deleted');
  assert.equal(site.option('online_safety_kit_settings'), null, 'its settings are gone');
});

test('PHP reported no warning or error from the plugin', { skip }, () => {
  assert.deepEqual(site.pluginProblems(), []);
});
