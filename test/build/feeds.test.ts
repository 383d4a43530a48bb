/**
 * The alerts' feeds, as a feed reader, Teams or an e-mail-by-feed service reads them: each built by the real
 * build from the real content, parsed with a real XML parser (Atom 1.0) and as JSON (JSON Feed 1.1), with the
 * fields each format requires, absolute links, and ids that stay the same from one build to the next.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { compileAll } from '../../src/build/compile-content.ts';
import { alertFeeds, feedSettings } from '../../src/build/alert-feeds.ts';
import type { Alert, AlertAudience } from '../../src/content/types.ts';
import { PROJECT } from './helpers.ts';

const PUBLIC_URL = 'https://www.example.gov.uk/online-safety/kit/';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const FEEDS = ['alerts', 'alerts-staff', 'alerts-parents'] as const;
const audienceOf = (feed: string) => (feed === 'alerts' ? undefined : (feed.slice('alerts-'.length) as AlertAudience));

const compiled = compileAll();
const { alerts } = compiled;
/**
 * The day the newest alert was published, or the last review of any file if later (the build refuses a review
 * date after its "today"): every alert that has not expired by then is in the feeds.
 */
const newest = [...alerts.map((a) => a.published), ...Object.values(compiled).flat().map((i) => (i as { reviewed: string }).reviewed)].sort().at(-1)!;
const expectedIds = (audience: AlertAudience | undefined, today: string) =>
  alerts
    .filter((a) => (!audience || a.audiences.includes(audience)) && a.published <= today && (!a.expires || today <= a.expires))
    .map((a) => a.id)
    .sort();

/** Runs the real build into a new folder; `publish` builds for publishing (npm run build:publish). */
function runBuild(env: Record<string, string | undefined>, publish = false, out = join(mkdtempSync(join(tmpdir(), 'safe-kit-feeds-')), 'dist')) {
  const environment: Record<string, string | undefined> = { ...process.env, SAFE_KIT_OUT: out, SAFE_KIT_PUBLIC_URL: PUBLIC_URL, ...env };
  for (const key of Object.keys(environment)) if (environment[key] === undefined) delete environment[key];
  const result = spawnSync(process.execPath, [join(PROJECT, 'node_modules/vite/bin/vite.js'), 'build', ...(publish ? ['--mode', 'publish'] : [])], {
    cwd: PROJECT,
    env: environment as NodeJS.ProcessEnv,
    encoding: 'utf8',
  });
  return { out, result };
}

function build(env: Record<string, string | undefined>, publish = true): string {
  const { out, result } = runBuild(env, publish);
  assert.equal(result.status, 0, result.stderr);
  return out;
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  isArray: (name) => ['entry', 'link', 'category', 'author'].includes(name),
});
const text = (node: unknown) => (typeof node === 'object' && node !== null ? String((node as Record<string, unknown>)['#text'] ?? '') : String(node ?? ''));

interface AtomLink { '@rel'?: string; '@href': string; '@type'?: string }
interface AtomEntry { id: string; title: unknown; updated: string; published?: string; link?: AtomLink[]; author?: unknown[]; content?: Record<string, string>; summary?: unknown }

function readAtom(dist: string, feed: string) {
  const xml = readFileSync(join(dist, `${feed}.atom`), 'utf8');
  assert.equal(XMLValidator.validate(xml), true, `${feed}.atom is well-formed XML`);
  return xmlParser.parse(xml).feed as { '@xmlns': string; id: string; title: unknown; updated: string; author?: { name: string }[]; link: AtomLink[]; entry?: AtomEntry[] };
}

function readJson(dist: string, feed: string) {
  return JSON.parse(readFileSync(join(dist, `${feed}.json`), 'utf8')) as {
    version: string; title: string; home_page_url?: string; feed_url?: string; authors?: { name: string }[];
    items: { id: string; url?: string; title?: string; content_html?: string; content_text?: string; date_published?: string; date_modified?: string }[];
  };
}

const isAbsolute = (href: string) => URL.canParse(href) && /^https?:$/.test(new URL(href).protocol);
/** The alert a feed item is about, from its link to the alert's own page. */
const alertIdOf = (href: string) => href.match(/alerts\/([^/]+)\.html$/)?.[1];

const first = build({ SAFE_KIT_TODAY: newest });

for (const feed of FEEDS) {
  test(`${feed}.atom is valid Atom 1.0: required fields, absolute links, the current alerts for its audience`, () => {
    const atom = readAtom(first, feed);
    assert.equal(atom['@xmlns'], 'http://www.w3.org/2005/Atom');
    assert.match(atom.id, /^tag:[a-z0-9.-]+,\d{4}(-\d{2}(-\d{2})?)?:/);
    assert.ok(text(atom.title).length > 0, 'feed title');
    assert.match(atom.updated, RFC3339);
    const self = atom.link.find((l) => l['@rel'] === 'self');
    assert.equal(self?.['@href'], `${PUBLIC_URL}${feed}.atom`);
    assert.ok(atom.link.every((l) => isAbsolute(l['@href'])), 'every feed link is absolute');
    const entries = atom.entry ?? [];
    assert.ok(atom.author?.[0]?.name || entries.every((e) => e.author?.length), 'an author for the feed or for every entry');
    const ids = new Set<string>();
    for (const e of entries) {
      assert.match(e.id, /^tag:[a-z0-9.-]+,\d{4}-\d{2}-\d{2}:/, 'entry id');
      assert.ok(!ids.has(e.id), `entry ids are unique: ${e.id}`);
      ids.add(e.id);
      assert.ok(text(e.title).length > 0, 'entry title');
      assert.match(e.updated, RFC3339);
      assert.match(e.published ?? '', RFC3339);
      const alternate = e.link?.find((l) => (l['@rel'] ?? 'alternate') === 'alternate');
      assert.ok(alternate && isAbsolute(alternate['@href']), `entry ${e.id} links to its page`);
      assert.ok(e.link!.every((l) => isAbsolute(l['@href'])), 'every entry link is absolute');
      assert.equal(e.content?.['@type'], 'html');
      assert.ok(text(e.content).includes('<p>'), 'the full text, as HTML');
    }
    const shown = entries.map((e) => alertIdOf(e.link!.find((l) => (l['@rel'] ?? 'alternate') === 'alternate')!['@href'])).sort();
    assert.deepEqual(shown, expectedIds(audienceOf(feed), newest));
  });

  test(`${feed}.json is valid JSON Feed 1.1: required fields, absolute links, the same alerts as the Atom feed`, () => {
    const json = readJson(first, feed);
    assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
    assert.ok(json.title.length > 0);
    assert.equal(json.feed_url, `${PUBLIC_URL}${feed}.json`);
    assert.ok(isAbsolute(json.home_page_url ?? ''));
    assert.ok(json.authors?.[0]?.name);
    assert.ok(Array.isArray(json.items));
    for (const item of json.items) {
      assert.equal(typeof item.id, 'string');
      assert.ok(item.content_html || item.content_text, `item ${item.id} has content_html or content_text`);
      assert.ok(isAbsolute(item.url ?? ''), `item ${item.id} url`);
      assert.match(item.date_published ?? '', RFC3339);
    }
    const atomIds = (readAtom(first, feed).entry ?? []).map((e) => e.id);
    assert.deepEqual(json.items.map((i) => i.id), atomIds, 'the same ids as the Atom feed, in the same order');
  });
}

test('feed and entry ids are the same in another build, on another day, and do not depend on the build time', () => {
  const second = build({ SAFE_KIT_TODAY: alerts.map((a) => a.published).sort()[0] });
  for (const feed of FEEDS) {
    const a = readAtom(first, feed);
    const b = readAtom(second, feed);
    assert.equal(a.id, b.id);
    const byAlert = (entries: AtomEntry[] = []) =>
      new Map(entries.map((e) => [alertIdOf(e.link!.find((l) => (l['@rel'] ?? 'alternate') === 'alternate')!['@href']), e.id]));
    const before = byAlert(a.entry);
    const after = byAlert(b.entry);
    for (const [alert, id] of after) if (before.has(alert)) assert.equal(id, before.get(alert), alert);
    assert.equal(readJson(first, feed).feed_url, readJson(second, feed).feed_url);
  }
});

test('every entry links to a page of its alert that the build wrote, readable without JavaScript', () => {
  for (const entry of readAtom(first, 'alerts').entry ?? []) {
    const href = entry.link!.find((l) => (l['@rel'] ?? 'alternate') === 'alternate')!['@href'];
    const file = join(first, href.slice(PUBLIC_URL.length));
    assert.ok(existsSync(file), href);
    const alert = alerts.find((a) => a.id === alertIdOf(href))!;
    const page = readFileSync(file, 'utf8');
    assert.ok(page.includes(alert.title.replace(/"/g, '&quot;').replace(/'/g, '&#39;')), alert.id);
    assert.doesNotMatch(page, /<script/);
  }
});

test('an expired alert is left out of the feeds from the day after its expiry date', () => {
  const expiring = alerts.find((a) => a.expires) as Alert;
  assert.ok(expiring, 'the content has an alert with an expiry date');
  const id = (today: string) => {
    const feed = JSON.parse(alertFeeds(alerts, feedSettings({ SAFE_KIT_PUBLIC_URL: PUBLIC_URL, SAFE_KIT_TODAY: today }))['alerts.json']);
    return (feed.items as { url: string }[]).map((i) => alertIdOf(i.url));
  };
  assert.ok(id(expiring.expires!).includes(expiring.id), 'still there on its expiry date');
  const dayAfter = new Date(`${expiring.expires}T00:00:00Z`);
  dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
  assert.ok(!id(dayAfter.toISOString().slice(0, 10)).includes(expiring.id), 'gone the day after');
});

test('the published address is read from SAFE_KIT_PUBLIC_URL and checked; without it, a demo build', () => {
  assert.equal(feedSettings({ SAFE_KIT_PUBLIC_URL: 'https://www.example.gov.uk/kit' }).publicUrl, 'https://www.example.gov.uk/kit/');
  assert.equal(feedSettings({ SAFE_KIT_PUBLIC_URL: 'https://www.example.gov.uk/kit' }).idHost, 'www.example.gov.uk');
  assert.equal(feedSettings({ SAFE_KIT_PUBLIC_URL: 'https://new.example.gov.uk/', SAFE_KIT_FEED_ID_HOST: 'www.example.gov.uk' }).idHost, 'www.example.gov.uk');
  assert.equal(feedSettings({}).demo, true);
  assert.equal(feedSettings({}).publicUrl, '');
  assert.throws(() => feedSettings({}, true), /A build for publishing needs the kit's public address/);
  assert.throws(() => feedSettings({ SAFE_KIT_PUBLIC_URL: 'http://localhost:4173/' }, true), /an address on this computer/);
  assert.throws(() => feedSettings({ SAFE_KIT_PUBLIC_URL: 'www.example.gov.uk/kit' }), /SAFE_KIT_PUBLIC_URL "www\.example\.gov\.uk\/kit" is not a web address/);
  assert.throws(() => feedSettings({ SAFE_KIT_TODAY: '25/11/2026' }), /SAFE_KIT_TODAY/);
});

test('a build for publishing without the public address stops with a clear message, and leaves dist/ as it was', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'safe-kit-feeds-')), 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'embed.js'), '/* the previous build */');
  const { result } = runBuild({ SAFE_KIT_PUBLIC_URL: undefined }, true, out);
  assert.notEqual(result.status, 0, 'the build should fail');
  assert.match(result.stderr, /A build for publishing needs the kit's public address/);
  assert.match(result.stderr, /SAFE_KIT_PUBLIC_URL=https:\/\/www\.example\.gov\.uk\/online-safety\/kit\/ npm run build:publish/);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  assert.deepEqual(readdirSync(out), ['embed.js']);
  assert.equal(readFileSync(join(out, 'embed.js'), 'utf8'), '/* the previous build */');
});

test('a demo build (no public address) writes feeds and alert pages that say "not for publishing", with no local address', () => {
  const out = build({ SAFE_KIT_PUBLIC_URL: undefined, SAFE_KIT_TODAY: newest }, false);
  for (const feed of FEEDS) {
    const atom = readAtom(out, feed);
    assert.match(text(atom.title), /^Not for publishing/);
    assert.equal(atom.entry, undefined, `${feed}.atom holds no alerts`);
    const json = readJson(out, feed);
    assert.match(json.title, /^Not for publishing/);
    assert.deepEqual(json.items, []);
  }
  const written = [...FEEDS.flatMap((f) => [`${f}.atom`, `${f}.json`]), ...readdirSync(join(out, 'alerts')).map((f) => `alerts/${f}`)];
  for (const file of written) assert.doesNotMatch(readFileSync(join(out, file), 'utf8'), /localhost|127\.0\.0\.1/, file);
  const page = readFileSync(join(out, 'alerts/index.html'), 'utf8');
  assert.match(page, /Not for publishing/);
  assert.match(page, /href="\.\.\/alerts\.atom"/);
});

test("each feed's title names the readers it is for", () => {
  const names: Record<string, RegExp> = { alerts: /staff.*parents|parents.*staff/i, 'alerts-staff': /staff/i, 'alerts-parents': /parents/i };
  for (const feed of FEEDS) {
    const atomTitle = text(readAtom(first, feed).title);
    assert.match(atomTitle, names[feed], feed);
    assert.equal(readJson(first, feed).title, atomTitle, `${feed}.json has the same title`);
  }
  assert.doesNotMatch(text(readAtom(first, 'alerts-staff').title), /parents/i);
  assert.doesNotMatch(text(readAtom(first, 'alerts-parents').title), /staff/i);
});

/** The lines of an alert's markdown body as a reader sees them: list marks, heading marks, emphasis and link addresses gone. */
function bodyLines(id: string): string[] {
  const file = readFileSync(join(PROJECT, 'content/alerts', `${id}.md`), 'utf8');
  const body = file.slice(file.indexOf('\n---', 3) + 4);
  return body
    .split('\n')
    .map((l) => l.replace(/^\s*(#+|[-*]|\d+\.)\s+/, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_]/g, '').trim())
    .filter(Boolean);
}
const readable = (htmlText: string) =>
  htmlText
    .replace(/<\/?(p|li|ul|ol|h\d|br)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

test("every entry's content is the whole text of its alert, in both formats", () => {
  const entries = readAtom(first, 'alerts').entry ?? [];
  assert.ok(entries.length > 0, 'the feed has entries to check');
  const json = readJson(first, 'alerts');
  for (const entry of entries) {
    const id = alertIdOf(entry.link!.find((l) => (l['@rel'] ?? 'alternate') === 'alternate')!['@href'])!;
    const alert = alerts.find((a) => a.id === id)!;
    const lines = bodyLines(id);
    assert.ok(lines.length > 1, `${id} has a body`);
    const atomText = readable(text(entry.content));
    const item = json.items.find((i) => i.id === entry.id)!;
    const jsonText = readable(item.content_html ?? '');
    for (const line of lines) {
      assert.ok(atomText.includes(line.replace(/\s+/g, ' ')), `${id}: the Atom entry has "${line}"`);
      assert.ok(jsonText.includes(line.replace(/\s+/g, ' ')), `${id}: the JSON item has "${line}"`);
    }
    assert.equal(text(entry.title), alert.title);
    assert.equal(item.title, alert.title);
  }
});

test("an alert's page still exists after the alert expires, and says that it has expired", () => {
  const expiring = alerts.find((a) => a.expires) as Alert;
  assert.ok(expiring, 'the content has an alert with an expiry date');
  const dayAfter = new Date(`${expiring.expires}T00:00:00Z`);
  dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
  const later = build({ SAFE_KIT_TODAY: dayAfter.toISOString().slice(0, 10) });
  const page = join(later, 'alerts', `${expiring.id}.html`);
  assert.ok(existsSync(page), 'links in old e-mails and feeds still work');
  const html = readFileSync(page, 'utf8');
  assert.match(html, /This alert expired on/);
  assert.ok(html.includes(expiring.title.replace(/"/g, '&quot;').replace(/'/g, '&#39;')), 'it still shows the alert');
  const onTheDay = readFileSync(join(first, 'alerts', `${expiring.id}.html`), 'utf8');
  assert.ok(expiring.expires! >= newest, 'the first build is from before the expiry');
  assert.doesNotMatch(onTheDay, /This alert expired/, 'not said before it expires');
});
