/** The components' styles reach phones without comments or indents, and mean the same as written. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { minifyCss } from '../../src/build/vite-plugin-minify-css.ts';

test('minifying keeps what the CSS means: a descendant pseudo-class, strings and values', () => {
  const css = `
    /* why */
    :where(.kit) :where(*) {
      min-width: 0;
    }
    .back::before {
      content: '← ' / '';
      box-shadow:
        0 -0.125em var(--safe-color-focus, #ffdd00),
        0 0.25em #0b0c0c;
    }
    a[href^='http']::after { content: ' (' attr(href) ')'; }`;
  assert.equal(
    minifyCss(css),
    ":where(.kit) :where(*){min-width:0}.back::before{content:'← ' / '';box-shadow:0 -0.125em var(--safe-color-focus,#ffdd00),0 0.25em #0b0c0c}a[href^='http']::after{content:' (' attr(href) ')'}",
  );
});

test('no component file in dist/ carries a comment from its styles', () => {
  const dir = new URL('../../dist/components/', import.meta.url);
  for (const file of readdirSync(dir)) {
    const code = readFileSync(new URL(file, dir), 'utf8');
    assert.ok(!/`[^`]*\/\*[^`]*`/.test(code), `${file} has a comment in a template`);
  }
});
