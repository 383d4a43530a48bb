/**
 * The guides' modules (src/build/guides-index.ts), from the real content: what the list's first view carries, and
 * the guides' own files' names, which must change whenever a guide does (they are cached for ever).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileAll } from '../../src/build/compile-content.ts';
import { FIRST_VIEW, GUIDE_FILE, guidesModule } from '../../src/build/guides-index.ts';
import type { Guide } from '../../src/content/types.ts';
import { PROJECT } from './helpers.ts';

const guides = compileAll({ cwd: PROJECT }).guides;

/** Every file a build of these guides writes, by name, and the module's own source. */
function build(name: string, list: Guide[]) {
  const files = new Map<string, string>();
  const source = guidesModule({ emitFile: (f) => (files.set(f.fileName, f.source), f.fileName) }, name, list);
  return { source: source!, files };
}

/** A module's `export default` value (the modules are JSON after `export default`). */
const exported = (source: string) => JSON.parse(/^export default (.*);$/m.exec(source)![1]);

test('the first view carries what a card shows and search reads, never the steps, source, age note or checks to make', () => {
  const { source } = build('guides-index', guides);
  const cards = exported(source);
  assert.equal(cards.length, Math.min(guides.length, FIRST_VIEW));
  for (const card of cards) {
    for (const field of ['body', 'source', 'ageNote', 'toCheck']) assert.ok(!(field in card), `${card.id} carries ${field}`);
    for (const field of ['id', 'name', 'category', 'summary', 'searchTerms', 'reviewed']) assert.ok(field in card, `${card.id} lacks ${field}`);
  }
  assert.match(source, new RegExp(`export const total = ${guides.length};`));
  // The national content fits the first view: nothing more to fetch.
  assert.ok(guides.length <= FIRST_VIEW, 'the national content fits the first view');
  assert.match(source, /export const rest = null;/);
});

test('with more guides than the first view, the first ones (the content is in name order) are in it and the others in the rest', () => {
  const many = Array.from({ length: FIRST_VIEW + 6 }, (_, i) => ({ ...guides[i % guides.length], id: `guide-${String(i).padStart(2, '0')}` }));
  const first = exported(build('guides-index', many).source);
  const rest = exported(build('guides-rest', many).source);
  assert.deepEqual([...first, ...rest].map((g: Guide) => g.id), many.map((g) => g.id));
  assert.equal(first.length, FIRST_VIEW);
  assert.match(build('guides-index', many).source, /export const rest = \(\) => import\("virtual:safe-content\/guides-rest"\);/);
});

test("every guide's own file is written whole (but for the content report's checks), at the name the components work out", () => {
  const { source, files } = build('guides-address', guides);
  const set = exported(source);
  assert.equal(files.size, guides.length);
  for (const guide of guides) {
    const file = files.get(`chunks/guide-${guide.id}-${set}.js`);
    assert.ok(file, guide.id);
    assert.match(`chunks/guide-${guide.id}-${set}.js`, GUIDE_FILE);
    const { toCheck: _t, ...whole } = guide;
    assert.deepEqual(exported(file), JSON.parse(JSON.stringify(whole)));
  }
});

test("a change to any one guide renames every guide's file; the same guides keep the same names", () => {
  const before = exported(build('guides-address', guides).source);
  assert.equal(exported(build('guides-address', guides).source), before);
  const edited = guides.map((g, i) => (i === guides.length - 1 ? { ...g, reviewed: '2030-01-01' } : g));
  const after = build('guides-address', edited);
  assert.notEqual(exported(after.source), before);
  assert.ok([...after.files.keys()].every((f) => !f.endsWith(`-${before}.js`)));
});
