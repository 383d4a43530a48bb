/**
 * The build's minifying of Lit's css and html templates changes nothing a reader sees: strings, selectors and
 * the text between `${…}` keep their meaning. (The real components' look is held by their own browser tests,
 * which run against the minified dist/.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyHtml, minifyTemplates } from '../../src/build/vite-plugin-minify-templates.ts';

test('css: white space, comments and last semicolons go; strings and descendant selectors stay', () => {
  assert.equal(minifyCss(`
  /* why */
  :host .a :focus-visible,
  .b > .c {
    content: ' (' attr(href) ', ';
    margin: 0 0 1em;
  }
`), ` :host .a :focus-visible,.b > .c{content:' (' attr(href) ', ';margin:0 0 1em}`);
});

test("css: a comment with an apostrophe in it goes too, and a string with a comment's marks in it stays", () => {
  assert.equal(minifyCss(`
  /* the reader's and the school's colours */
  .a { content: '/* not a comment */'; color: red; }
  /* it's gone */
  .b { margin: 0; }
`), ` .a{content:'/* not a comment */';color:red}.b{margin:0}`);
});

test("css: a number's leading zero, a colour's repeated digits and the space before !important go; other numbers and colours stay", () => {
  assert.equal(
    minifyCss(`.a { margin: 0.75em 0 -0.125em; padding: 10.5em; color: #ffffff; background: #a4101d; border-color: #ffffff80; width: calc(0.5em + 1px) !important; }`),
    `.a{margin:.75em 0 -.125em;padding:10.5em;color:#fff;background:#a4101d;border-color:#ffffff80;width:calc(.5em + 1px)!important}`,
  );
});

test('html: a line break and its indent become one space; text on one line is left as it is', () => {
  assert.equal(minifyHtml(`<p>\n    Call  <a href="tel:999">999</a>\n  </p>`), `<p> Call  <a href="tel:999">999</a> </p>`);
});

test('only css and html templates are touched, around their ${…} parts', () => {
  const code = 'const a = css`\n  .x ${y} {\n    color: red;\n  }\n`;\nconst b = other`\n  keep  me\n`;\nconst c = html`<p>\n  ${t}\n</p>`;';
  assert.equal(minifyTemplates(code, 'x.ts'), 'const a = css` .x ${y}{color:red}`;\nconst b = other`\n  keep  me\n`;\nconst c = html`<p> ${t} </p>`;');
});
