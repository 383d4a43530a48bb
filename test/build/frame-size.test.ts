/**
 * The guides' frame pages (frame/guides.html, frame/guide.html) cost a reader the same first download whether a
 * council has 20 guides or 1,000, and a reader without JavaScript still reaches every guide's steps by following
 * their links: read from the built dist/ (the real content) and dist-many-guides/ (1,000 guides, written by
 * `npm run build:many-guides`, which `npm test` runs first). Sizes are deterministic, so they are budgets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { PROJECT } from './helpers.ts';
import { MANY_GUIDES } from './many-guides.ts';

const KB = 1024;
/** What a guides frame page may cost with 1,000 guides, brotli: issue 14's budget for the guides index. */
const FRAME_KB = 12;
/** ...and no more than this above the same page with the real content (a few more cards, a link to them all). */
const GROWTH_KB = 1;
const LIST_PAGES = ['frame/guides.html', 'frame/guide.html'];

const REAL = join(PROJECT, 'dist');
const MANY = join(PROJECT, 'dist-many-guides');
const brotli = (file: string) => brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function built(dir: string, how: string): string {
  assert.ok(existsSync(join(dir, 'frame/guides.html')), `${dir} is not built: run ${how}`);
  return dir;
}

/** Every guide's id in a build, from the guides' own files (chunks/guide-<id>-<set>.js, `<set>` 8 characters: src/build/guides-index.ts). */
function guideIds(dir: string): string[] {
  return readdirSync(join(dir, 'chunks')).flatMap((f) => /^guide-([a-z0-9-]+)-[\w-]{8}\.js$/.exec(f)?.[1] ?? []);
}

/** The frame pages a reader without JavaScript reaches from `start` by following links (in frame/). */
function reachable(dir: string, start: string): Set<string> {
  const seen = new Set([start]);
  const todo = [start];
  while (todo.length) {
    const page = todo.pop()!;
    const html = readFileSync(join(dir, page), 'utf8');
    for (const [, href] of html.matchAll(/<a href="([^"#:?]+\.html)"(?! target)/g)) {
      const target = posix.normalize(posix.join(posix.dirname(page), href));
      if (!target.startsWith('frame/') || seen.has(target)) continue;
      assert.ok(existsSync(join(dir, target)), `${page} links to ${target}, which is not there`);
      seen.add(target);
      todo.push(target);
    }
  }
  return seen;
}

test(`with ${MANY_GUIDES} guides, the guides frame pages are at most ${FRAME_KB} KB brotli and at most ${GROWTH_KB} KB more than with the real content`, () => {
  const many = built(MANY, 'npm run build:many-guides');
  const real = built(REAL, 'npm run build');
  assert.equal(guideIds(many).length, MANY_GUIDES, 'every guide was built');
  for (const page of LIST_PAGES) {
    const [withMany, withReal] = [brotli(join(many, page)), brotli(join(real, page))];
    const said = `${page}: ${(withMany / KB).toFixed(1)} KB brotli with ${MANY_GUIDES} guides, ${(withReal / KB).toFixed(1)} KB with the real content`;
    assert.ok(withMany <= FRAME_KB * KB, said);
    assert.ok(withMany - withReal <= GROWTH_KB * KB, said);
  }
});

for (const [dir, how] of [
  [REAL, 'npm run build'],
  [MANY, 'npm run build:many-guides'],
] as const) {
  test(`without JavaScript, every guide's own page, with its steps, is reached from each guides frame page (${dir.split('/').pop()})`, () => {
    built(dir, how);
    const ids = guideIds(dir);
    assert.ok(ids.length >= 20, ids.join());
    for (const start of LIST_PAGES) {
      const reached = reachable(dir, start);
      const missing = ids.filter((id) => !reached.has(`frame/guides/${id}.html`));
      assert.deepEqual(missing.slice(0, 5), [], `${missing.length} guides cannot be reached from ${start}`);
    }
    for (const id of ids) {
      const html = readFileSync(join(dir, `frame/guides/${id}.html`), 'utf8');
      // The page is the guide's frame for that guide, with the steps written in: at least one numbered list.
      assert.match(html, new RegExp(`<div data-safe-kit="guide" data-guide="${id}" hidden>`), id);
      assert.match(html, /<div class="frame-static"[^>]*>[^]*<ol>[^]*<\/ol>/, `${id} has its steps`);
      assert.match(html, /<a href="\.\.\/guides\.html">/, `${id} links back to the list`);
    }
  });
}
