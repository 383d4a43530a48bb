/**
 * Reads content/<collection>/*.md, validates every file against src/content/schema.ts and compiles it to the
 * typed data the components import. Every problem in every file is collected, so an editor sees the whole list
 * in one build, each as `path:line: what is wrong and how to fix it`.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { z } from 'zod';
import { parseFrontMatter } from './front-matter.ts';
import { parseBlocks, MarkdownError } from './markdown.ts';
import { collections, type Collection, type CollectionName } from '../content/schema.ts';

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

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]++;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

function describeField(schema: z.ZodType, key: PropertyKey): string | undefined {
  // Reach through the transform to the object's shape for the field's hint.
  const inner = (schema as { def?: { in?: { shape?: Record<string, z.ZodType> } } }).def?.in ?? schema;
  const field = (inner as { shape?: Record<string, z.ZodType> }).shape?.[String(key)];
  return field?.description;
}

function allowedKeys(schema: z.ZodType): string[] {
  const inner = (schema as { def?: { in?: { shape?: Record<string, unknown> } } }).def?.in ?? schema;
  return Object.keys((inner as { shape?: Record<string, unknown> }).shape ?? {});
}

/** Turns one zod issue into a sentence an editor can act on. */
function explain(issue: z.core.$ZodIssue, schema: z.ZodType, data: unknown): { path: PropertyKey[]; message: string }[] {
  const path = issue.path;
  const name = path.filter((p) => typeof p === 'string').join(' → ') || 'this file';
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema);
    return issue.keys.map((key) => {
      const near = allowed.find((a) => editDistance(a, key) <= 2);
      return {
        path: [...path, key],
        message: `unknown field "${key}"${near ? `: did you mean "${near}"?` : ''} Fields allowed here: ${allowed.join(', ')}`,
      };
    });
  }
  let value: unknown = data;
  for (const p of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[p];
  if (value === undefined && issue.code === 'invalid_type') {
    const hint = path.length === 1 ? describeField(schema, path[0]) : undefined;
    return [{ path, message: `"${name}" is missing: add a line "${String(path.at(-1))}: …"${hint ? ` (${hint})` : ''}` }];
  }
  if (issue.code === 'invalid_key') {
    return [{ path, message: `${name}: ${issue.issues[0]?.message ?? issue.message}` }];
  }
  const shown = typeof value === 'string' || typeof value === 'number' ? ` "${value}"` : '';
  return [{ path, message: `${name}${shown}: ${issue.message}` }];
}

function compileFile<Item>(
  collection: Collection<Item>,
  path: string,
  shownPath: string,
  problems: ContentProblem[],
): Item | undefined {
  const id = path.split('/').pop()!.replace(/\.md$/, '');
  const problem = (line: number, message: string) => problems.push({ file: shownPath, line, message });
  if (!ID.test(id)) {
    problem(1, 'the file name must be lower-case letters, digits and hyphens, ending .md (e.g. report-remove.md)');
    return undefined;
  }
  const parsed = parseFrontMatter(readFileSync(path, 'utf8'));
  if (!('data' in parsed)) {
    problem(parsed.line, parsed.message);
    return undefined;
  }
  const result = collection.frontMatter.safeParse(parsed.data);
  let body: ReturnType<typeof parseBlocks> = [];
  try {
    body = parseBlocks(parsed.body);
  } catch (e) {
    if (!(e instanceof MarkdownError)) throw e;
    problem(parsed.bodyLine + e.lineOffset, e.message);
  }
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const { path: at, message } of explain(issue, collection.frontMatter, parsed.data)) {
        problem(parsed.lineOf(at), message);
      }
    }
    return undefined;
  }
  return { id, ...result.data, body } as Item;
}

export interface CompileOptions {
  /** The content folder; defaults to <cwd>/content. Messages name files from it: content/services/x.md. */
  contentDir?: string;
  /** The project folder; defaults to the current folder. */
  cwd?: string;
}

export function compileCollection<Item>(collection: Collection<Item>, options: CompileOptions = {}) {
  const contentDir = options.contentDir ?? join(options.cwd ?? process.cwd(), 'content');
  const dir = join(contentDir, collection.folder);
  const shown = (p: string) => relative(dirname(contentDir), p).split('\\').join('/');
  const problems: ContentProblem[] = [];
  if (!existsSync(dir)) {
    return { items: [] as Item[], problems: [{ file: shown(dir), line: 1, message: 'this folder is missing' }] };
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
    .sort();
  const items: Item[] = [];
  for (const file of files) {
    const item = compileFile(collection, join(dir, file), shown(join(dir, file)), problems);
    if (item) items.push(item);
  }
  if (problems.length === 0) {
    for (const p of collection.checkAll?.(items) ?? []) {
      problems.push({ file: shown(join(dir, `${p.id}.md`)), line: 1, message: `${p.field}: ${p.message}` });
    }
  }
  if (collection.sort) items.sort(collection.sort);
  return { items, problems };
}

export type CompiledContent = { [K in CollectionName]: (typeof collections)[K] extends Collection<infer I> ? I[] : never };

/** Compiles every collection; throws ContentErrors listing every problem in every file. */
export function compileAll(options: CompileOptions = {}): CompiledContent {
  const out: Record<string, unknown[]> = {};
  const problems: ContentProblem[] = [];
  for (const [name, collection] of Object.entries(collections)) {
    const result = compileCollection(collection as Collection<unknown>, options);
    out[name] = result.items;
    problems.push(...result.problems);
  }
  if (problems.length) throw new ContentErrors(problems);
  return out as CompiledContent;
}
