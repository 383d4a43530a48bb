/**
 * Rules that keep the kit safe on any school's page, checked on the source and on what is published.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT } from './helpers.ts';

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' ? [] : files(path, ending);
    return ending.test(name) ? [path] : [];
  });
}

const browserSource = [...files(join(PROJECT, 'src/components'), /\.ts$/), ...files(join(PROJECT, 'src/shared'), /\.ts$/), ...files(join(PROJECT, 'src/embed'), /\.ts$/)];

test('no HTML strings and no inline styles in the code that runs on a school page', () => {
  for (const file of browserSource) {
    const code = readFileSync(file, 'utf8');
    const name = relative(PROJECT, file);
    assert.doesNotMatch(code, /\.innerHTML|outerHTML|insertAdjacentHTML|document\.write|unsafeHTML|unsafeCSS|\bstyle=/, name);
  }
});

test('no cookies, storage, tracking or requests of its own in the code that runs on a school page', () => {
  for (const file of browserSource) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /document\.cookie|localStorage|sessionStorage|indexedDB|sendBeacon|XMLHttpRequest|fetch\(|WebSocket/, relative(PROJECT, file));
  }
});

/**
 * The quick exit defines itself with its own copy of the guard: src/shared/define.ts is in the kit's shared chunk,
 * which a page with only the exit does not download (its browser test loads its file a second time).
 */
const OWN_GUARD = join('components', 'exit', 'define.ts');

test('every custom element is defined through the guard that tolerates the kit being loaded twice', () => {
  for (const file of browserSource) {
    const code = readFileSync(file, 'utf8');
    if (file.endsWith('shared/define.ts')) continue;
    if (file.endsWith(OWN_GUARD)) {
      assert.match(code, /customElements\.get\('safe-exit'\)[^]*if \(!existing\)[^]*customElements\.define\('safe-exit'/, OWN_GUARD);
      continue;
    }
    assert.doesNotMatch(code, /customElements\.define\(/, relative(PROJECT, file));
  }
});
