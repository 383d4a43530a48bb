/**
 * Text that an editor types with <, > and & in it reaches every page and feed the build writes as text, never as
 * markup: a real build of a copy of content/ whose fields carry such text, read back file by file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { copyOfContent, PROJECT } from './helpers.ts';

/** A plain-text field (a name, a title): it could look like a tag. */
const TAG = '<i>x</i> & "q"';
/** A markdown field: `<` and `&` that are not HTML, so the markdown rules let them through as text. */
const MATHS = '1 < 2 & 3 > 2';

const copy = copyOfContent();
const alertFile = readdirSync(join(copy.content, 'alerts')).find((f) => f.endsWith('.md') && f !== 'README.md')!;
const alertId = alertFile.replace(/\.md$/, '');
copy.edit(`alerts/${alertFile}`, (t) =>
  t
    .replace(/^title: .*$/m, `title: '${TAG}'`)
    .replace(/^summary: .*$/m, `summary: '${MATHS}'`)
    .replace(/^expires: .*\n/m, '')
    .concat(`\n${MATHS} in the body.\n`),
);
// Childline is in the essential help, so its name reaches every frame page and embed.js.
copy.edit('services/childline.md', (t) => t.replace(/^name: .*$/m, `name: '${TAG}'`));

const out = join(mkdtempSync(join(tmpdir(), 'safe-kit-escaping-')), 'dist');
const built = spawnSync(process.execPath, [join(PROJECT, 'node_modules/vite/bin/vite.js'), 'build'], {
  cwd: PROJECT,
  env: { ...process.env, SAFE_KIT_CONTENT: copy.content, SAFE_KIT_OUT: out, SAFE_KIT_PUBLIC_URL: 'https://www.example.gov.uk/kit/' },
  encoding: 'utf8',
});

const markupFiles = () =>
  readdirSync(out, { recursive: true })
    .map(String)
    .filter((f) => /\.(html|atom|xml)$/.test(f));
const read = (file: string) => readFileSync(join(out, file), 'utf8');

test('the build of content with <, > and & in its text succeeds', () => {
  assert.equal(built.status, 0, built.stderr);
});

test('no page or feed carries the text as markup', () => {
  const files = markupFiles();
  assert.ok(files.length > 10, files.join());
  for (const file of files) {
    const text = read(file);
    assert.ok(!text.includes('<i>x</i>'), `${file} has the name or title as markup`);
    assert.ok(!text.includes(MATHS), `${file} has "${MATHS}" unescaped`);
  }
});

test("each page and feed that shows the text shows it escaped, so a reader sees what the editor typed", () => {
  const escapedTag = /&lt;i&gt;x&lt;\/i&gt; &amp; (&quot;|&#39;|")q(&quot;|&#39;|")|&amp;lt;i&amp;gt;x&amp;lt;\/i&amp;gt;/;
  const escapedMaths = /1 &lt; 2 &amp; 3 &gt; 2|1 &amp;lt; 2 &amp;amp; 3 &amp;gt; 2/;
  const expectations: [file: string, pattern: RegExp][] = [
    [`alerts/${alertId}.html`, escapedTag],
    [`alerts/${alertId}.html`, escapedMaths],
    ['alerts/index.html', escapedTag],
    ['alerts.atom', escapedTag],
    ['alerts.atom', escapedMaths],
    ['content-report.html', escapedTag],
    ...readdirSync(join(out, 'frame'))
      .filter((f) => f.endsWith('.html') && f !== 'exit.html')
      .map((f): [string, RegExp] => [`frame/${f}`, escapedTag]),
  ];
  for (const [file, pattern] of expectations) assert.match(read(file), pattern, file);
});

test('the JSON feed carries the text as the editor typed it, and its HTML escaped', () => {
  const feed = JSON.parse(read('alerts.json')) as { items: { id: string; title: string; content_html?: string; content_text?: string }[] };
  const item = feed.items.find((i) => i.title.includes('<i>'));
  assert.ok(item, 'the alert is in the JSON feed');
  assert.equal(item.title, TAG);
  if (item.content_html) {
    assert.ok(!item.content_html.includes(MATHS), 'content_html escapes the body');
    assert.match(item.content_html, /1 &lt; 2 &amp; 3 &gt; 2/);
  }
});
