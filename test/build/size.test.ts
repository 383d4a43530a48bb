/**
 * What each embed costs a school's page, measured on the built dist/ by following the imports from embed.js's
 * own map (not the build's report of itself). Sizes are deterministic, so they are budgets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, normalize } from 'node:path';
import { PROJECT } from './helpers.ts';
import { choiceOf } from '../../src/build/content-chunks.ts';

const DIST = join(PROJECT, 'dist');
/** Each embed's budget, and the content chunk it must be counted with (so a budget cannot pass by missing it). */
const EMBEDS: Record<string, { budgetKB: number; content: string | null }> = {
  // With the children's quick exit, which the panel fetches for children, counted.
  'help-links': { budgetKB: 20, content: 'services' },
  'family-agreement': { budgetKB: 20, content: 'agreement' },
  alerts: { budgetKB: 20, content: 'alerts' },
  'child-plan': { budgetKB: 20, content: 'child-plan' },
  exit: { budgetKB: 20, content: null },
  'response-card': { budgetKB: 20, content: 'response' },
  guides: { budgetKB: 20, content: 'guides-index' },
  // One guide's content is its own file, with no index (counted below: the largest guide's).
  guide: { budgetKB: 20, content: 'guide' },
};
/** One guide's text (chunks/guide-<id>-<hash>.js) is fetched only when it is opened: budgeted on its own, below. */
const LAZY_ITEM = /^chunks\/guide-[a-z0-9-]+-[\w-]+\.js$/;
/**
 * <safe-guide> fetches its own guide's file at an address it works out from the guide's name
 * (src/components/guide/load-guide.ts), which no import names: the largest guide's file stands for it.
 */
const largestGuide = () =>
  readdirSync(join(DIST, 'chunks')).map((f) => `chunks/${f}`).filter((f) => LAZY_ITEM.test(f)).sort((a, b) => gzip(b) - gzip(a))[0];
const GUIDE_BODY_KB = 2;
/** A school's details and their lookup: fetched only by a page that names a school (data-school). */
const LAZY_SCHOOL = /^chunks\/(school-[a-z0-9-]+|schools|load-school)-[\w-]+\.js$/;

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const gzip = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

/** The component files named in embed.js. */
function loaderMap(): Record<string, string> {
  const map = read('embed.js').match(/\{"safe-[^}]*\}/);
  assert.ok(map, 'embed.js holds the map of components');
  return JSON.parse(map[0]);
}

/** Every file a module loads, statically or on demand, found in its code. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of read(file).matchAll(/(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    reachable(normalize(join(dirname(file), spec)), seen);
  }
  return seen;
}

test('every component in embed.js exists in dist/', () => {
  for (const file of Object.values(loaderMap())) assert.ok(read(file).length > 0, file);
});

for (const [name, { budgetKB: budget, content }] of Object.entries(EMBEDS)) {
  test(`the ${name} embed (loader, component, shared code and content) is under ${budget} KB gzip`, () => {
    const all = ['embed.js', ...reachable(loaderMap()[`safe-${name}`])].filter((f) => !LAZY_ITEM.test(f) && !LAZY_SCHOOL.test(f));
    if (name === 'guide') all.push(largestGuide());
    // A component's content for one audience or version (src/build/content-chunks.ts): a reader downloads one of
    // them, so the embed is counted with each, and held to its budget with the largest.
    const sum = (files: string[]) => files.reduce((total, f) => total + gzip(f), 0);
    const choices = [...new Set(all.flatMap((f) => choiceOf(f) ?? []))];
    const files = choices.map((c) => all.filter((f) => [undefined, c].includes(choiceOf(f)))).reduce((a, b) => (sum(b) > sum(a) ? b : a), all.filter((f) => !choiceOf(f)));
    const total = sum(files);
    if (content) assert.ok(files.some((f) => f.startsWith(`chunks/${content}-`)), `the content is counted: ${files.join()}`);
    assert.ok(total < budget * 1024, `${(total / 1024).toFixed(1)} KB gzip: ${files.join(', ')}`);
  });
}

test(`each guide's own text is a chunk of its own, under ${GUIDE_BODY_KB} KB gzip, loaded by no component up front`, () => {
  const bodies = Object.keys(JSON.parse(read('size-report.json')).files).filter((f) => LAZY_ITEM.test(f));
  assert.ok(bodies.length >= 18, bodies.join());
  for (const f of bodies) assert.ok(gzip(f) < GUIDE_BODY_KB * 1024, `${f}: ${gzip(f)} bytes gzip`);
  // Static imports only (import … from): a body reached that way would load with the index.
  const staticImports = (file: string) => [...read(file).matchAll(/from\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((m) => normalize(join(dirname(file), m[1])));
  for (const tag of ['safe-guides', 'safe-guide']) {
    const seen = new Set<string>();
    const walk = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      staticImports(f).forEach(walk);
    };
    walk(loaderMap()[tag]);
    assert.deepEqual([...seen].filter((f) => LAZY_ITEM.test(f)), [], tag);
  }
});

test('the size report shows the guides index with the list (never with one guide), and each guide\'s own file apart', () => {
  const report = JSON.parse(read('size-report.json'));
  for (const name of ['guides', 'guide']) {
    const index = report.embeds[name].files.some((f: string) => /^chunks\/guides-index-/.test(f));
    assert.equal(index, name === 'guides', `${name}: ${report.embeds[name].files}`);
    assert.ok(!report.embeds[name].files.some((f: string) => LAZY_ITEM.test(f)), name);
    assert.ok(report.embeds[name].items.files.length >= 18, name);
    assert.ok(report.embeds[name].items.files.every((f: string) => LAZY_ITEM.test(f)), name);
  }
});

test('a school\'s details and their lookup are loaded by no component up front, only when a page names a school', () => {
  const staticImports = (file: string) => [...read(file).matchAll(/from\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((m) => normalize(join(dirname(file), m[1])));
  let lazy = 0;
  for (const [tag, file] of Object.entries(loaderMap())) {
    const seen = new Set<string>();
    const walk = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      staticImports(f).forEach(walk);
    };
    walk(file);
    assert.deepEqual([...seen].filter((f) => LAZY_SCHOOL.test(f)), [], tag);
    lazy += [...reachable(file)].filter((f) => LAZY_SCHOOL.test(f)).length;
  }
  assert.ok(lazy > 0, 'the components that show a school reach its lookup on demand');
  for (const f of Object.keys(JSON.parse(read('size-report.json')).files).filter((f) => LAZY_SCHOOL.test(f))) assert.ok(gzip(f) < 1024, f);
});
