/**
 * Reads content/<collection>/*.md, validates every file against src/content/schema/ and compiles it to the
 * typed data the components import. Every problem in every file is collected, so an editor sees the whole list
 * in one build, each as `path:line: what is wrong and how to fix it`.
 */
import { join } from 'node:path';
import type { z } from 'zod';
import { parseFrontMatter } from './front-matter.ts';
import { parseBlocks, MarkdownError } from './markdown.ts';
import { readContentFile } from './read-content.ts';
import { quoted } from './content-limits.ts';
import { editDistance } from '../shared/edit-distance.ts';
import { collections, type Collection, type CollectionName, type EarlierContent } from '../content/schema/index.ts';
import { contentLayers, layeredCollection } from './layers/layers.ts';
import type { CouncilFolder } from './layers/council-folder.ts';

export interface ContentProblem {
  /** The file's path as the editor would type it, relative to the project folder. */
  file: string;
  line: number;
  message: string;
}

export class ContentErrors extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content; nothing was published:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ContentErrors';
  }
}

export const formatProblem = (p: ContentProblem) => `${p.file}:${p.line}: ${p.message}`;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Def = { type?: string; shape?: Record<string, unknown>; in?: unknown; innerType?: unknown; keyType?: { options?: string[] }; element?: unknown };
const defOf = (schema: unknown): Def => ((schema as { def?: Def })?.def ?? {}) as Def;

/** The schema inside optional(), default() and transform(), which the field names and hints live on. */
function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const def = defOf(current);
    const next = def.in ?? def.innerType;
    if (!next) break;
    current = next;
  }
  return current;
}

/** The schema of the value at `path` (array indexes step into the array's element). */
function schemaAt(schema: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = unwrap(schema);
  for (const key of path) {
    const def = defOf(current);
    current = unwrap(typeof key === 'number' ? def.element : def.shape?.[String(key)]);
  }
  return current;
}

/** The names allowed at `path`: an object's fields, or a record's keys (the audiences). */
function allowedKeys(schema: unknown, path: ReadonlyArray<PropertyKey>): string[] {
  const def = defOf(schemaAt(schema, path));
  return def.shape ? Object.keys(def.shape) : (def.keyType?.options ?? []);
}

/** Turns one zod issue into a sentence an editor can act on. */
interface Explained {
  path: PropertyKey[];
  message: string;
  /** For an unknown name, the allowed one it is probably a misspelling of. */
  meant?: string;
  /** For a missing field, its name. */
  missing?: string;
}

function explain(issue: z.core.$ZodIssue, schema: z.ZodType, data: unknown): Explained[] {
  const path = issue.path;
  const name = path.filter((p) => typeof p === 'string').join(' → ') || 'this file';
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, path);
    const what = path.length ? `name under "${name}"` : 'field';
    return issue.keys.map((key) => {
      const meant = allowed.find((a) => editDistance(a, key) <= 2);
      return {
        path: [...path, key],
        meant,
        message: `unknown ${what} "${quoted(key)}"${meant ? `: did you mean "${meant}"?` : ''} Allowed: ${allowed.join(', ')}`,
      };
    });
  }
  let value: unknown = data;
  for (const p of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[p];
  if (value === undefined && path.length > 0) {
    const hint = (schemaAt(schema, path) as { description?: string } | undefined)?.description ??
      (defOf(schemaAt(schema, path.slice(0, -1))).shape?.[String(path.at(-1))] as { description?: string } | undefined)?.description;
    const field = String(path.at(-1));
    return [{ path, missing: field, message: `"${name}" is missing: add a line "${field}: …"${hint ? ` (${hint})` : ''}` }];
  }
  if (issue.code === 'invalid_key') {
    return [{ path, message: `${name}: ${issue.issues[0]?.message ?? issue.message}` }];
  }
  const shown = typeof value === 'string' || typeof value === 'number' ? ` "${quoted(String(value))}"` : '';
  return [{ path, message: `${name}${shown}: ${issue.message}` }];
}

type LineOf = (path: ReadonlyArray<PropertyKey>) => number;

function compileFile<Item>(
  collection: Collection<Item>,
  path: string,
  shownPath: string,
  problems: ContentProblem[],
  lines: Map<string, LineOf>,
): Item | undefined {
  const id = path.split('/').pop()!.replace(/\.md$/, '');
  const problem = (line: number, message: string) => problems.push({ file: shownPath, line, message });
  if (!ID.test(id)) {
    problem(1, 'the file name must be lower-case letters, digits and hyphens, ending .md (e.g. report-remove.md)');
    return undefined;
  }
  const file = readContentFile(path);
  if (!('text' in file)) {
    problem(file.line, file.message);
    return undefined;
  }
  const parsed = parseFrontMatter(file.text);
  if (!('data' in parsed)) {
    problem(parsed.line, parsed.message);
    return undefined;
  }
  lines.set(id, parsed.lineOf);
  const result = collection.frontMatter.safeParse(parsed.data);
  let body: ReturnType<typeof parseBlocks> = [];
  try {
    body = parseBlocks(parsed.body);
  } catch (e) {
    if (!(e instanceof MarkdownError)) throw e;
    problem(parsed.bodyLine + e.lineOffset, e.message);
  }
  for (const p of collection.checkBody?.(parsed.body) ?? []) problem(parsed.bodyLine + p.lineOffset, p.message);
  if (!result.success) {
    const explained = result.error.issues.flatMap((issue) => explain(issue, collection.frontMatter, parsed.data));
    // "catgory" is unknown and "category" is missing: one mistake, so say it once, on the misspelt line.
    const misspelt = new Set(explained.map((e) => e.meant));
    for (const { path: at, message, missing } of explained) {
      if (!missing || !misspelt.has(missing)) problem(parsed.lineOf(at), message);
    }
    return undefined;
  }
  // A file with any problem (fields or text) has been reported: leave it out, rather than report it again later.
  if (problems.some((p) => p.file === shownPath)) return undefined;
  const item = { id, ...result.data, body } as Item;
  const fileProblems = collection.checkFile?.(item) ?? [];
  for (const p of fileProblems) problem(p.field ? parsed.lineOf([p.field]) : 1, p.message);
  return fileProblems.length ? undefined : item;
}

/**
 * compileFile, with anything it did not foresee reported against the file rather than thrown: one odd file must
 * not hide the problems in every other, nor stop the build with a stack trace an editor cannot read.
 */
function compileFileOrReport<Item>(...args: Parameters<typeof compileFile<Item>>): Item | undefined {
  const [, , shownPath, problems] = args;
  try {
    return compileFile(...args);
  } catch (e) {
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    problems.push({
      file: shownPath,
      line: 1,
      message: `the build could not read this file (${quoted(what, 160)}): check it against a working file of the same kind; if it looks right, report it with this file attached`,
    });
    return undefined;
  }
}

export interface CompileOptions {
  /** The content folder; defaults to <cwd>/content. Messages name files from it: content/services/x.md. */
  contentDir?: string;
  /** The project folder; defaults to the current folder. */
  cwd?: string;
  /** A council's folder in the same format, over the national one (src/build/layers/). */
  council?: CouncilFolder;
}

/** Checks that do not stop a build (a draft, a date due for a check), each as `path:line: message`. */
let warnings: ContentProblem[] = [];

/**
 * @param earlier the collections compiled before this one, for checks of files that name their items by id (a
 *   child's plan, a card or a family agreement names services): see Collection.checkAll.
 */
export function compileCollection<Item>(collection: Collection<Item>, options: CompileOptions = {}, earlier: EarlierContent = { items: {}, files: {} }) {
  const cwd = options.cwd ?? process.cwd();
  const contentDir = options.contentDir ?? join(cwd, 'content');
  const problems: ContentProblem[] = [];
  const lines = new Map<string, LineOf>();
  // The national folder and a council's over it: replace, add, hide (see layers/layers.ts).
  const layered = layeredCollection(collection.folder, contentLayers(contentDir, options.council, cwd), problems, warnings);
  for (const file of layered.toCompile) {
    const item = compileFileOrReport(collection, file.path, file.shown, problems, lines);
    if (item) layered.compiled(file, item as object, lines.get(file.id)!);
  }
  const items = layered.published<Item>();
  if (problems.length === 0) {
    for (const p of collection.checkAll?.(items, { ...earlier, council: options.council?.name }) ?? []) {
      const line = (p.path && lines.get(p.id)?.(p.path)) || 1;
      problems.push({ file: layered.fileOf(p.id), line, message: `${p.field}: ${p.message}` });
    }
  }
  if (collection.sort) items.sort(collection.sort);
  return { items, problems, files: layered.ids() };
}

export type CompiledContent = { [K in CollectionName]: (typeof collections)[K] extends Collection<infer I> ? I[] : never };

/** Compiles every collection; throws ContentErrors listing every problem in every file. */
export function compileAll(options: CompileOptions = {}): CompiledContent {
  const { content, problems } = compileWithWarnings(options);
  if (problems.length) throw new ContentErrors(problems);
  return content;
}

/** Compiles every collection, returning every problem and every warning (content:check prints both). */
export function compileWithWarnings(options: CompileOptions = {}): { content: CompiledContent; problems: ContentProblem[]; warnings: ContentProblem[] } {
  warnings = [];
  const out: Record<string, unknown[]> = {};
  const files: Record<string, string[]> = {};
  const problems: ContentProblem[] = [];
  for (const [name, collection] of Object.entries(collections)) {
    const result = compileCollection(collection as Collection<unknown>, options, { items: out, files });
    out[name] = result.items;
    files[name] = result.files;
    problems.push(...result.problems);
  }
  return { content: out as CompiledContent, problems, warnings };
}
