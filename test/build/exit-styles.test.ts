/**
 * Copies the quick exit's neighbours keep so that a page downloads less, held to what they copy:
 * - the quick exit's own copy of the kit's base and dark styles (src/components/exit/base.styles.ts), so that a page
 *   with only the exit downloads no shared code. A copy can drift: a colour or font changed in the kit's shared
 *   styles and not in the exit's would give the exit another text colour, focus highlight or dark theme than the
 *   panel around it. Every custom property the copy reads, with its default, and every dark colour it sets must be
 *   written the same in the shared styles;
 * - the children's help panel's default exit address, which its stand-in exit link goes to until the exit's address
 *   check has arrived (so that a parents' panel need not fetch that check).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from './helpers.ts';
import { DEFAULT_EXIT_HREF } from '../../src/shared/exit-address.ts';

const read = (path: string) => readFileSync(join(PROJECT, path), 'utf8');
const copy = read('src/components/exit/base.styles.ts');
const shared = read('src/shared/base.styles.ts') + read('src/shared/dark.styles.ts');
/** `var(--safe-x, default)` and `--safe-x: value;`, white space run together. */
const uses = (text: string) =>
  [...text.matchAll(/var\(--safe-[a-z-]+,[^;{}]*?\)(?=[;,\s]|$)|--safe-[a-z-]+:[^;{}]+;/gm)].map((m) => m[0].replace(/\s+/g, ' '));

test("the quick exit's copy of the base styles reads and sets the kit's custom properties as the shared styles do", () => {
  const found = uses(copy);
  assert.ok(found.length >= 6, `the copy's custom properties are read: ${found.join(' | ')}`);
  const inShared = new Set(uses(shared));
  const drifted = found.filter((u) => !inShared.has(u));
  assert.deepEqual(drifted, [], `written otherwise (or not at all) in src/shared/base.styles.ts or dark.styles.ts: ${drifted.join(' | ')}`);
});

test("the children's help panel's stand-in exit link goes, until the address check arrives, to the exit's own default", () => {
  const panel = read('src/components/help-links/help-links.ts');
  const written = /const DEFAULT_EXIT_HREF = '([^']+)';/.exec(panel)?.[1];
  assert.equal(written, DEFAULT_EXIT_HREF, 'src/components/help-links/help-links.ts and src/shared/exit-address.ts');
  assert.match(panel, /h\('a', \{ href: DEFAULT_EXIT_HREF \}, 'Exit this page'\)/, 'the stand-in link starts with it');
});
