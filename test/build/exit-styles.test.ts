/**
 * The quick exit draws without Lit, with its own copy of the kit's base and dark styles
 * (src/components/exit/base.styles.ts). A copy can drift: a colour or font changed in the kit's shared styles and
 * not in the exit's would give the exit another text colour, focus highlight or dark theme than the panel around
 * it. Every custom property the copy reads, with its default, and every dark colour it sets must be written the
 * same in the shared styles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from './helpers.ts';

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
