/**
 * No content file can crash or hang the build: each shape that once did (YAML anchors and aliases, emphasis,
 * brackets and lists nested thousands deep, huge bodies, a folder named like a file, bytes that are not text)
 * ends as a `path:line` problem with a fix, and the build on a folder of them stops with the list, exit code 1
 * and the published folder untouched.
 *
 * The compiler runs in a worker thread, and the build in a child process, under each test's `timeout`: a hang
 * fails the test instead of stopping it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCollection } from '../../src/build/compile-content.ts';
import { LIMITS } from '../../src/build/content-limits.ts';
import { collections } from '../../src/content/schema/index.ts';
import { compileInWorker, type Outcome } from './compile-worker.ts';
import { copyOfContent, PROJECT } from './helpers.ts';
import { fingerprint } from './project-copy.ts';

const childline = readFileSync(join(PROJECT, 'content/services/childline.md'), 'utf8');
/** Childline's file with `lines` added as the first fields. */
const withFields = (...lines: string[]) => childline.replace(/^---\n/, `---\n${lines.join('\n')}\n`);
/** Childline's file with `text` added to the end of its body. */
const withBody = (text: string) => `${childline.trimEnd()}\n\n${text}\n`;
/** The 1-based line of the first line matching `pattern`. */
const lineMatching = (text: string, pattern: RegExp) => text.split('\n').findIndex((l) => pattern.test(l)) + 1;
/** The 1-based line holding character `index`. */
const lineOfIndex = (text: string, index: number) => text.slice(0, index).split('\n').length;

interface Shape {
  name: string;
  /** The file's name in content/services/. */
  file: string;
  /** Writes the file (or whatever stands at its path). */
  write(path: string): void;
  /** The 1-based line the problem must be reported on. */
  line: number | ((path: string) => number);
  says: RegExp;
}

const text = (content: string | Buffer) => (path: string) => writeFileSync(path, content);
const lineIn = (pattern: RegExp) => (path: string) => lineMatching(readFileSync(path, 'utf8'), pattern);

const laughs = ['lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
for (let i = 1; i < 10; i++) laughs.push(`lol${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
const nestedEmphasis = `${Array(3000).fill('*deeper').join('\n')}\nx\n${Array(3000).fill('deeper*').join('\n')}`;
const nestedUnderscores = `${'_a '.repeat(1200)}x${' a_'.repeat(1200)}`.replace(/(.{3000})/g, '$1\n');
const nestedBrackets = `${Array(3000).fill('[*a').join('\n')}\nx\n${Array(3000).fill('a*](https://example.org)').join('\n')}`;
const nestedLists = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
const hugeBody = 'A long paragraph pasted in from a document. '.repeat(60_000).replace(/(.{79}) /g, '$1\n');
const manyLinks = Array.from({ length: 150 }, (_, i) => `- [page ${i + 1}](https://example.org/${i + 1})`).join('\n');
const manyFields = Array.from({ length: 10_000 }, (_, i) => `f${i}: 1`);
const [beforeByte, afterByte] = childline.replace(/^name: .*$/m, 'name: Caf@@').split('@@');

const shapes: Shape[] = [
  { name: 'YAML anchors that expand a billion times ("billion laughs")', file: 'shape-billion-laughs.md', write: text(withFields(...laughs)), line: 2, says: /"&a0" names a value for repeating \(a YAML anchor\).*remove "&a0"/ },
  { name: 'a YAML alias with no anchor', file: 'shape-alias-without-anchor.md', write: text(childline.replace(/^name: .*$/m, 'name: *childline')), line: lineIn(/^name:/), says: /"\*childline" repeats another value by reference \(a YAML alias\).*write the value out in full/ },
  { name: 'a YAML type tag', file: 'shape-yaml-tag.md', write: text(childline.replace(/^name: .*$/m, 'name: !!binary aGVsbG8=')), line: lineIn(/^name:/), says: /"!!binary" sets a value.s type \(a YAML tag\).*remove the word starting with "!"/ },
  { name: 'emphasis nested 3,000 deep over many lines', file: 'shape-deep-emphasis.md', write: text(withBody(nestedEmphasis)), line: (p) => lineMatching(readFileSync(p, 'utf8'), /^\*deeper$/) + LIMITS.inlineNesting, says: /more than 20 \* _ ~ or \[ marks open at once: use \*\*bold\*\*/ },
  { name: 'underscores nested 1,200 deep', file: 'shape-deep-underscores.md', write: text(withBody(nestedUnderscores)), line: lineIn(/^_a _a/), says: /marks open at once/ },
  { name: 'brackets and emphasis nested 3,000 deep', file: 'shape-deep-brackets.md', write: text(withBody(nestedBrackets)), line: (p) => lineMatching(readFileSync(p, 'utf8'), /^\[\*a$/) + 10, says: /marks open at once/ },
  { name: 'quotes nested 3,900 deep on one line', file: 'shape-deep-quotes.md', write: text(withBody(`${'>'.repeat(3900)} x`)), line: lineIn(/^>>>/), says: /nested too deeply \(lists inside lists, or indented more than 20 spaces\)/ },
  { name: 'list markers 1,900 deep on one line', file: 'shape-deep-list-markers.md', write: text(withBody(`${'- '.repeat(1900)}x`)), line: lineIn(/^- - -/), says: /nested too deeply/ },
  { name: 'lists nested 300 deep', file: 'shape-deep-lists.md', write: text(withBody(nestedLists)), line: lineIn(/^ {20}- level 11$/), says: /nested too deeply.*at most three levels deep/ },
  { name: 'a 2.6 MB body', file: 'shape-huge-body.md', write: text(withBody(hugeBody)), line: (p) => lineOfIndex(readFileSync(p, 'utf8'), LIMITS.fileBytes), says: /the file is 2,\d{3} KB, more than the 100 KB \(about 15,000 words\).*split it into smaller files/ },
  { name: 'a 10,000-character line', file: 'shape-long-line.md', write: text(withBody('word '.repeat(2000))), line: lineIn(/^word word/), says: /this line is 10,000 characters long, more than the 4,000.*break it into paragraphs/ },
  { name: '150 links', file: 'shape-many-links.md', write: text(withBody(manyLinks)), line: lineIn(/\[page 101\]/), says: /more than 100 links: split it into several files/ },
  { name: '10,000 fields, one of them twice', file: 'shape-many-fields.md', write: text(withFields(...manyFields, 'f9000: 2')), line: lineIn(/^f9000: 2$/), says: /the field "f9000" appears twice: keep one of them/ },
  { name: 'a folder whose name ends in .md', file: 'shape-folder.md', write: (p) => mkdirSync(p), line: 1, says: /this is a folder, not a content file: rename the folder so that its name does not end in \.md/ },
  { name: 'a shortcut to a file that has gone', file: 'shape-broken-link.md', write: (p) => symlinkSync(join(p, '..', 'no-such-file.md'), p), line: 1, says: /could not be found \(it may be a shortcut to something that was moved or deleted\)/ },
  { name: 'bytes that are not UTF-8', file: 'shape-not-utf8.md', write: text(Buffer.concat([Buffer.from(beforeByte), Buffer.from([0xe9]), Buffer.from(afterByte)])), line: lineIn(/^name: Caf/), says: /not saved as UTF-8 text: save the file as "UTF-8"/ },
  { name: 'an invisible control character', file: 'shape-control-character.md', write: text(childline.replace(/^name: .*$/m, 'name: Child\u001b[31mline')), line: lineIn(/^name:/), says: /invisible control character \(U\+001B\).*retype the line/ },
  { name: 'HTML in a markdown field', file: 'shape-html-field.md', write: text(childline.replace(/^summary: .*$/m, 'summary: <script>alert(1)</script>')), line: lineIn(/^summary:/), says: /raw HTML is not allowed/ },
  { name: 'HTML written as entities in the text', file: 'shape-html-entities.md', write: text(withBody('See &lt;img src=x onerror=alert(1)&gt; here.')), line: lineIn(/&lt;img/), says: /"<i…" reads as HTML, which content cannot contain, however it is written/ },
];

describe('a content file of any shape ends as a path:line problem, never a crash or a hang', () => {
  let folder: ReturnType<typeof copyOfContent>;
  let outcome: Outcome;
  before(async () => {
    folder = copyOfContent();
    for (const shape of shapes) shape.write(join(folder.content, 'services', shape.file));
    // A good file saved on Windows with a byte-order mark still compiles.
    folder.edit('services/childline.md', (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`);
    outcome = await compileInWorker(folder.content);
  }, { timeout: 60_000 });
  after(() => rmSync(folder.root, { recursive: true, force: true }));

  test('the compiler answers with a list of problems, not an exception', () => {
    assert.ok('problems' in outcome, JSON.stringify(outcome));
  });

  for (const shape of shapes) {
    test(shape.name, () => {
      assert.ok('problems' in outcome, JSON.stringify(outcome));
      const file = `content/services/${shape.file}`;
      const mine = outcome.problems.filter((p) => p.file === file);
      assert.equal(mine.length, 1, JSON.stringify(mine));
      assert.match(mine[0].message, shape.says);
      const path = join(folder.content, 'services', shape.file);
      assert.equal(mine[0].line, typeof shape.line === 'number' ? shape.line : shape.line(path), mine[0].message);
    });
  }

  test('a good file saved with a byte-order mark and Windows line endings has no problem', () => {
    assert.ok('problems' in outcome);
    assert.deepEqual(outcome.problems.filter((p) => p.file === 'content/services/childline.md'), []);
  });
});

test('a byte-order mark and Windows line endings compile to the same data as the file without them', () => {
  const plain = copyOfContent();
  const windows = copyOfContent();
  windows.edit('services/childline.md', (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`);
  const a = compileCollection(collections.services, { contentDir: plain.content });
  const b = compileCollection(collections.services, { contentDir: windows.content });
  assert.deepEqual(b.problems, []);
  assert.deepEqual(b.items, a.items);
});

test('the whole build on a folder of such files stops with every problem, exit code 1 and the published folder untouched', { timeout: 60_000 }, async (t) => {
  const folder = copyOfContent();
  t.after(() => rmSync(folder.root, { recursive: true, force: true }));
  for (const shape of shapes) shape.write(join(folder.content, 'services', shape.file));
  const out = join(folder.root, 'dist');
  mkdirSync(join(out, 'components'), { recursive: true });
  writeFileSync(join(out, 'embed.js'), '/* the build readers have */');
  writeFileSync(join(out, 'components', 'help-links-abc123.js'), 'export {};');
  const before = fingerprint(out);
  const child = spawn(process.execPath, [join(PROJECT, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: PROJECT,
    env: { ...process.env, SAFE_KIT_CONTENT: folder.content, SAFE_KIT_OUT: out },
    signal: t.signal,
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  child.stdout.resume();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 1, stderr);
  for (const shape of shapes) assert.match(stderr, new RegExp(`content/services/${shape.file.replace('.', '\\.')}:\\d+: `), shape.name);
  assert.doesNotMatch(stderr, /^\s+at /m, 'no stack trace');
  assert.deepEqual(fingerprint(out), before);
});
