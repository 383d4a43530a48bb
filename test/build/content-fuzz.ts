/**
 * The content compiler fed thousands of random and mutated files (fast-check): the real content files of every
 * collection, broken the ways files really break (YAML mistakes, wrong types, duplicate fields, huge sizes) and
 * the ways an attacker would try (raw HTML, javascript:, data: and http: links, images, invisible and
 * right-to-left characters, bytes that are not text). Each file must end as valid data or a `path:line` problem:
 * never an exception, never HTML or a script in the data, never a link that is not https:, tel: or mailto:.
 *
 * Run by content-fuzz.test.ts in a worker thread, so a case that hung would fail the test, not stop it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { compileAll, compileCollection, type ContentProblem } from '../../src/build/compile-content.ts';
import { collections, type Collection, type CollectionName } from '../../src/content/schema/index.ts';
import { PROJECT } from './helpers.ts';

/** Pieces to insert anywhere: each a way a file breaks, or a way to try to get markup or a bad link through. */
const PIECES = [
  // YAML that breaks, or that content has no use for
  ': ', '"', "'", '- ', '[', ']', '{', '}', '\t', '&anchor ', '*anchor', '!!binary ', '!!js/function ', '<<: *anchor', '? ',
  '---\n', '...\n', '#', '|\n', '>\n', '%YAML 1.1\n', '__proto__: {}\n', 'constructor: x\n',
  // markup and links
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '<!-- x -->', '<b>',
  '[x](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))', '[x](java\tscript:alert(1))', '[x](data:text/html;base64,PHNjcmlwdD4=)',
  '[x](http://example.org)', '[x](//example.org)', '[x](https://example.org)', '[x](<javascript:alert(1)>)',
  '<https://example.org>', '<javascript:alert(1)>', 'www.example.org', 'http://example.org', 'https://example.org/a_b*c',
  '![a picture](https://example.org/x.png)', '[x]: https://example.org', '[x][y]', '[y]: javascript:alert(1)',
  '&lt;script&gt;', '&#60;script&#62;', '&amp;lt;b&amp;gt;', '\\<b>', '`<b>`', '```\ncode\n```', '    indented', '> quote',
  '| a | b |\n|---|---|', '- [ ] task', '***', '~~gone~~', '**', '*', '_', '[call](tel:0800 1111)', '[x](tel:+441234)',
  '[x](mailto:a@b.org?subject=hi)', 'mailto:a@b.org', 'tel:999',
  // characters
  '\uFEFF', '\r\n', '\r', '\u202E', '\u202D', '\u2066', '\u200B', '\u200F', '\u200D', 'مرحبا', 'שלום', '🙂', '\u0000',
  '\u001b[31m', '\uFFFD', '\u2028', '\u0085',
  // structure
  '\n\n', '\n- ', '\n  - ', '\n1. ', '# ', '## ', '\n## Step\n1. ',
];

/** Pieces a real editor types that must still compile: words in other scripts, invisible marks, safe markdown. */
const GENTLE = [
  ' word', ' مرحبا', ' שלום', '\u200B', '\u200F', '\u200D', ' 🙂', ' é', '\u00A0', ' **bold**', ' *in italics*', ' &amp;',
  ' [a link](https://example.org/page)', ' [call 0800 1111](tel:08001111)', ' [e-mail us](mailto:help@example.org)', ' 5 > 3',
];

/** Values to put in place of a field's value: the wrong type, empty, or something that must be refused. */
const VALUES = [
  '[a, b]', '{a: 1}', '12', '-1', '1e400', 'true', 'null', '""', '~', '"<b>bold</b>"', 'javascript:alert(1)', 'http://example.org',
  'https://example.org', "'unterminated", '"unterminated', '|\n  block\n  text', '2026-13-45', '2999-01-01', '\n  - a\n  - b',
  '\n  nested: map', '&a value', '*a', '!!str x', '[[[[[[[[[[', '{{{{{{{{', `"${'\\x2a'.repeat(200)}x${'\\x2a'.repeat(200)}"`,
];

type Mutation =
  | { kind: 'gentle'; line: number; piece: string }
  | { kind: 'insert'; at: number; piece: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'value'; at: number; value: string }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'nest'; at: number; mark: string; depth: number }
  | { kind: 'line-endings'; ending: '\r\n' | '\r' }
  | { kind: 'bom' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...PIECES) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('value' as const), at: fc.nat(), value: fc.constantFrom(...VALUES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }) },
  // Occasionally huge: a slice repeated until the file is far past the size limit, or just under it.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }), times: fc.integer({ min: 2, max: 2000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), mark: fc.constantFrom('*', '_', '[', '> ', '- ', '  ', '~~', '**', '*_', '![', '[*', '*a\n', '_a\n', '[*a\n', '~~a\n', '\n  - a'), depth: fc.integer({ min: 1, max: 3000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('line-endings' as const), ending: fc.constantFrom('\r\n' as const, '\r' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bom' as const) }) },
);

function mutate(text: string, m: Mutation): string {
  if (m.kind === 'gentle') {
    // At the end of a line of text (a body line, or a field's value), where an editor adds words.
    const lines = text.split('\n');
    const candidates = lines.map((l, i) => (/\w[.,!?]?$/.test(l) && !/^\s*[\w-]+:\s*[\w-]+$/.test(l) && !/https?:\S*$/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (!candidates.length) return text;
    const i = candidates[m.line % candidates.length];
    lines[i] += m.piece;
    return lines.join('\n');
  }
  const at = text.length ? ('at' in m ? m.at % (text.length + 1) : 0) : 0;
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.piece + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'value': {
      const lines = text.split('\n');
      const fields = lines.map((l, i) => (/^\s*-?\s*[\w-]+:/.test(l) ? i : -1)).filter((i) => i >= 0);
      if (!fields.length) return text;
      const i = fields[m.at % fields.length];
      lines[i] = lines[i].replace(/:.*$/, `: ${m.value}`);
      return lines.join('\n');
    }
    case 'duplicate-line': {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    }
    case 'repeat':
      return text.slice(0, at) + text.slice(at, at + m.length).repeat(m.times) + text.slice(at);
    case 'nest':
      return `${text.slice(0, at)}${m.mark.repeat(m.depth)}x${[...m.mark].reverse().join('').replace('[', ']').repeat(m.depth)}${text.slice(at)}`;
    case 'line-endings':
      return text.replace(/\n/g, m.ending);
    case 'bom':
      return `\uFEFF${text}`;
  }
}

interface Seed {
  collection: CollectionName;
  file: string;
  text: string;
}

function seeds(): Seed[] {
  return (Object.keys(collections) as CollectionName[]).flatMap((collection) => {
    const dir = join(PROJECT, 'content', collections[collection].folder);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((file) => ({ collection, file, text: readFileSync(join(dir, file), 'utf8') }));
  });
}

interface FileCase {
  collection: CollectionName;
  file: string;
  bytes: Buffer;
}

/** A case as fast-check prints a counterexample: the file's text, readable, rather than a list of bytes. */
const printable = (c: FileCase): FileCase =>
  Object.assign(c, { [fc.toStringMethod]: () => `${c.collection}/${c.file} (${c.bytes.length} bytes): ${JSON.stringify(c.bytes.toString('utf8').slice(0, 4000))}` });

/** A file as bytes: a mutated real file, sometimes with bytes that are not UTF-8, or now and then pure noise. */
const fileCase = (all: Seed[]) =>
  fc.oneof(
    {
      weight: 12,
      arbitrary: fc.record({
        seed: fc.constantFrom(...all),
        mutations: fc.array(mutation, { minLength: 1, maxLength: 5 }),
        badBytes: fc.option(fc.record({ at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 4, min: 0x80 }) }), { freq: 8 }),
      }).map(({ seed, mutations, badBytes }) => {
        const text = mutations.reduce(mutate, seed.text);
        let bytes = Buffer.from(text, 'utf8');
        if (badBytes) {
          const at = badBytes.at % (bytes.length + 1);
          bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(badBytes.bytes), bytes.subarray(at)]);
        }
        return printable({ collection: seed.collection, file: seed.file, bytes });
      }),
    },
    {
      // What an editor does to a good file: words added, in any script, saved on any system: it must still compile.
      weight: 4,
      arbitrary: fc.record({
        seed: fc.constantFrom(...all),
        edits: fc.array(fc.record({ kind: fc.constant('gentle' as const), line: fc.nat(), piece: fc.constantFrom(...GENTLE) }), { minLength: 1, maxLength: 4 }),
        saved: fc.constantFrom<Mutation[]>([], [{ kind: 'bom' }], [{ kind: 'line-endings', ending: '\r\n' }], [{ kind: 'bom' }, { kind: 'line-endings', ending: '\r\n' }]),
      }).map(({ seed, edits, saved }) =>
        printable({ collection: seed.collection, file: seed.file, bytes: Buffer.from([...edits, ...saved].reduce(mutate, seed.text), 'utf8') }),
      ),
    },
    {
      // Text nested deep, over many lines (each line short, so only the nesting limits stand in the way).
      weight: 1,
      arbitrary: fc.record({
        seed: fc.constantFrom(...all),
        mark: fc.constantFrom('*a\n', '_a\n', '**a\n', '[*a\n', '~~a\n', '> ', '- '),
        depth: fc.integer({ min: 1, max: 3000 }),
      }).map(({ seed, mark, depth }) => {
        const close = [...mark.trim()].reverse().join('').replace('[', ']');
        const nested = mark.endsWith('\n') ? `${mark.repeat(depth)}x\n${`${close}\n`.repeat(depth)}` : `${mark.repeat(Math.min(depth, 1900))}x`;
        return printable({ collection: seed.collection, file: seed.file, bytes: Buffer.from(`${seed.text.trimEnd()}\n\n${nested}\n`, 'utf8') });
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        seed: fc.constantFrom(...all),
        noise: fc.string({ unit: 'binary', maxLength: 400 }),
        fenced: fc.boolean(),
      }).map(({ seed, noise, fenced }) => printable({ collection: seed.collection, file: seed.file, bytes: Buffer.from(fenced ? `---\n${noise}\n---\n${noise}` : noise, 'utf8') })),
    },
  );

const NODE_TYPES = new Set(['paragraph', 'list', 'heading', 'text', 'em', 'strong', 'link', 'br']);
const SAFE_LINK = /^(https:\/\/|tel:|mailto:)/;
const TAG = /<[a-zA-Z/!?]/;
const LINK_FIELDS = new Set(['href', 'url', 'source']);

/**
 * Fails unless `value` is plain data, its markdown only allowed nodes with no HTML in them however it was written,
 * and its links only https:, tel: or mailto:, wherever they sit. (A plain-text field, a name or a title, is text
 * whatever characters it holds: every page and feed escapes it, which escaping.test.ts checks on a real build.)
 */
function checkData(value: unknown, path: string): void {
  if (typeof value === 'string') return;
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkData(v, `${path}[${i}]`));
    return;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) {
    throw new Error(`${path} is not plain data: ${Object.prototype.toString.call(value)}`);
  }
  const record = value as Record<string, unknown>;
  // A markdown node: a type, and children or list items (an audiences record also has a "children" key).
  if ('type' in record && (Array.isArray(record.children) || Array.isArray(record.items))) {
    if (!NODE_TYPES.has(String(record.type))) throw new Error(`${path} is a "${String(record.type)}" node`);
  }
  if (record.type === 'text' && typeof record.text === 'string' && TAG.test(record.text)) {
    throw new Error(`${path} is markdown text that reads as HTML: ${JSON.stringify(record.text.slice(0, 80))}`);
  }
  for (const [key, v] of Object.entries(record)) {
    if (LINK_FIELDS.has(key) && typeof v === 'string' && !SAFE_LINK.test(v)) throw new Error(`${path}.${key} is a link that is not https, tel or mailto: ${v}`);
    checkData(v, `${path}.${key}`);
  }
}

/** Fails unless each problem is on the file, on a line it has, and says what to do in one readable sentence. */
function checkProblems(problems: ContentProblem[], shownFile: string, bytes: Buffer): void {
  const text = bytes.toString('utf8');
  const lines = Math.max(text.split(/\r\n?|\n/).length, bytes.filter((b) => b === 0x0a).length + 1);
  for (const p of problems) {
    // The case's file is alone in its folder, so a check across the collection may name a file that is missing.
    const folder = shownFile.slice(0, shownFile.lastIndexOf('/') + 1);
    if (p.file !== shownFile && !(p.file.startsWith(folder) && p.line === 1)) throw new Error(`a problem names another file: ${JSON.stringify(p)}`);
    if (!Number.isInteger(p.line) || p.line < 1 || (p.file === shownFile && p.line > lines)) throw new Error(`line ${p.line} of a ${lines}-line file: ${p.message}`);
    if (typeof p.message !== 'string' || p.message.length < 20) throw new Error(`an unhelpful message: ${JSON.stringify(p)}`);
    if (/could not read this file \(/.test(p.message)) throw new Error(`an unexpected exception, reported as a problem: ${p.message}`);
    if (/\n\s+at /.test(p.message)) throw new Error(`a stack trace in a message: ${p.message}`);
    if (/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/.test(p.message)) throw new Error(`a control character in a message: ${JSON.stringify(p.message)}`);
  }
}

/** Runs the fuzz: resolves with how many files it tried, or with fast-check's report of the first that failed. */
export interface FuzzResult {
  runs: number;
  /** Files that compiled to data, and files refused with a problem. */
  accepted: number;
  refused: number;
  failure?: string;
}

export function fuzzContent(options: { seed: number; numRuns: number }): FuzzResult {
  let accepted = 0;
  let refused = 0;
  const root = mkdtempSync(join(tmpdir(), 'safe-kit-fuzz-'));
  const contentDir = join(root, 'content');
  const real = compileAll({ contentDir: join(PROJECT, 'content') });
  const earlier = {
    items: real as unknown as Record<string, unknown[]>,
    files: Object.fromEntries(Object.entries(real).map(([name, items]) => [name, (items as { id: string }[]).map((i) => i.id)])),
  };
  for (const c of Object.values(collections)) mkdirSync(join(contentDir, c.folder), { recursive: true });
  const details = fc.check(
    fc.property(fileCase(seeds()), ({ collection, file, bytes }) => {
      const collectionDef = collections[collection] as Collection<unknown>;
      const path = join(contentDir, collectionDef.folder, file);
      writeFileSync(path, bytes);
      try {
        const { items, problems } = compileCollection(collectionDef, { contentDir }, earlier);
        checkProblems(problems, `content/${collectionDef.folder}/${file}`, bytes);
        items.forEach((item, i) => checkData(item, `${collection}[${i}]`));
        // Accepted: the file compiled to data (a check across the collection may still name a sibling missing here).
        if (items.length) accepted++;
        else refused++;
      } finally {
        rmSync(path);
      }
    }),
    { seed: options.seed, numRuns: options.numRuns },
  );
  rmSync(root, { recursive: true, force: true });
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return { runs: details.numRuns, accepted, refused, failure: details.failed ? `${error}\n${fc.defaultReportMessage(details)}` : undefined };
}
