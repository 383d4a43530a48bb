/**
 * Splits a content file into its YAML front matter and markdown body, keeping line numbers.
 *
 * The `yaml` library is used rather than a front-matter package because it keeps every value's position, so an
 * error can name the line an editor must change, not just the file.
 */
import { LineCounter, parseDocument, isAlias, isCollection, isMap, isNode, isScalar, visit, type Document, type Node } from 'yaml';
import { quoted } from './content-limits.ts';

export interface Located {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface ParsedFile {
  data: unknown;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** The 1-based file line of the value at `path`, or of the nearest parent that exists. */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
}

const FENCE = /^---[ \t]*$/;

export function parseFrontMatter(text: string): ParsedFile | Located {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return { line: 1, message: 'the file must start with a line "---", then the fields (name: …), then another "---"' };
  }
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0) {
    return { line: lines.length, message: 'the fields are never closed: add a line "---" after the last field' };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  // uniqueKeys is checked below instead: the library's own check compares every key with every other, which a
  // file of many thousands of fields turns into minutes.
  const doc: Document = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  // Line 1 of the YAML is line 2 of the file.
  const fileLine = (offset: number) => counter.linePos(offset).line + 1;
  if (doc.errors.length) {
    const err = doc.errors[0];
    return { line: fileLine(err.pos[0]), message: `the fields are not valid YAML: ${yamlHint(err.code, err.message)}` };
  }
  const refused = refusedYaml(doc);
  if (refused) return { line: fileLine(refused.offset), message: refused.message };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    // Not expected after the checks above; if it happens, it is still this file's problem to report, not a crash.
    return { line: 2, message: `the fields could not be read (${quoted(e instanceof Error ? e.message : String(e))}): write each field as "name: value"` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { line: 2, message: 'the fields must be lines of the form "name: value"' };
  }
  return {
    data,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = 2;
      for (const key of path) {
        if (!isCollection(node)) break;
        // A field's line is its name's line, even when its value is a list that starts on the next line.
        const pair = isMap(node) ? node.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
        const next = node.get(key as string | number, true) as Node | undefined;
        const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (keyRange) line = fileLine(keyRange[0]);
        if (!next) break;
        node = next;
        if (next.range && !keyRange) line = fileLine(next.range[0]);
      }
      return line;
    },
  };
}

/** A first thing in the YAML that content has no use for, and which could make it expand or turn into objects. */
function refusedYaml(doc: Document): { offset: number; message: string } | undefined {
  let found: { offset: number; message: string } | undefined;
  visit(doc, (key, node) => {
    if (!isNode(node)) return undefined; // a pair: its key and value are visited next
    const offset = node.range?.[0] ?? 0;
    if (isAlias(node)) {
      found = { offset, message: `"*${quoted(node.source)}" repeats another value by reference (a YAML alias), which content files do not use: write the value out in full` };
    } else if (node.anchor) {
      found = { offset, message: `"&${quoted(node.anchor)}" names a value for repeating (a YAML anchor), which content files do not use: remove "&${quoted(node.anchor)}"` };
    } else if (node.tag) {
      found = { offset, message: `"${quoted(node.tag.replace(/^tag:yaml\.org,2002:/, '!!'))}" sets a value's type (a YAML tag), which content files do not use: remove the word starting with "!"` };
    } else if (key === 'key' && !isScalar(node)) {
      found = { offset, message: 'a field\'s name must be a plain word followed by ":", e.g. "name: Childline"' };
    } else if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) {
          found = { offset: pair.key.range?.[0] ?? offset, message: `the field "${quoted(String(pair.key.value))}" appears twice: keep one of them (each field may appear only once)` };
          return visit.BREAK;
        }
        seen.add(pair.key.value);
      }
    }
    return found ? visit.BREAK : undefined;
  });
  return found;
}

function yamlHint(code: string, message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return `${first} (each field may appear only once)`;
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return `${first} (check the indentation and that each field is "name: value")`;
    default:
      return `${first} (if a value contains ": " or starts with a quote, put the whole value in "double quotes")`;
  }
}
