/**
 * Splits a content file into its YAML front matter and markdown body, keeping line numbers.
 *
 * The `yaml` library is used rather than a front-matter package because it keeps every value's position, so an
 * error can name the line an editor must change, not just the file.
 */
import { LineCounter, parseDocument, isCollection, isMap, isScalar, type Document, type Node } from 'yaml';

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
  const doc: Document = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // Line 1 of the YAML is line 2 of the file.
  const fileLine = (offset: number) => counter.linePos(offset).line + 1;
  if (doc.errors.length) {
    const err = doc.errors[0];
    return { line: fileLine(err.pos[0]), message: `the fields are not valid YAML: ${yamlHint(err.code, err.message)}` };
  }
  const data = doc.toJS();
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
