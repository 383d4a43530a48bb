/**
 * Content in layers: the national content/ folder, then a council's folder in the same format over it.
 *
 * For each collection (services/, alerts/, …) a council's file with the same name as a national one replaces it,
 * a new name adds an item, and a file holding `hidden: true` removes the national item from the council's kit.
 * A file with `draft: true` is checked like any other but not published until the line is removed. Updating the
 * national files therefore never conflicts with a council's own: they are never edited in place.
 *
 * Every published item keeps where it came from (its file and layer): see originOf.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseFrontMatter } from '../front-matter.ts';
import { listFolder, readContentFile } from '../read-content.ts';
import type { ContentProblem } from '../compile-content.ts';

export interface ContentLayer {
  /** "national", or the council folder's name. */
  name: string;
  dir: string;
  /** Files are named relative to this folder's parent in messages: content/services/x.md, northshire/services/x.md. */
  shownFrom: string;
}

export interface LayerFile {
  id: string;
  path: string;
  /** As the editor would type it: content/services/childline.md. */
  shown: string;
  layer: ContentLayer;
}

export interface Origin {
  /** As the editor would type it, e.g. content/services/childline.md. */
  file: string;
  /** Where it is on this machine. */
  path: string;
  layer: string;
  /** The file line of a field, for messages about a published item (e.g. its `reviewed:` date). */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
}

const origins = new WeakMap<object, Origin>();

/** Where a published item came from: its file, its layer and its lines. */
export const originOf = (item: object): Origin | undefined => origins.get(item);

/** The national folder, then the council's: `cwd` is the project folder, which messages name files from. */
export function contentLayers(contentDir: string, council?: { name: string; dir: string }, cwd = process.cwd()): ContentLayer[] {
  const layers: ContentLayer[] = [{ name: 'national', dir: contentDir, shownFrom: dirname(contentDir) }];
  if (council) {
    const inside = !relative(cwd, council.dir).startsWith('..');
    layers.push({ name: council.name, dir: council.dir, shownFrom: inside ? cwd : dirname(council.dir) });
  }
  return layers;
}

const HIDE_FIELDS = ['hidden', 'note', 'source', 'reviewed'];

/**
 * One collection's files across the layers, and which of them are published. Use: compile each of `toCompile`,
 * pass each item that compiled to `compiled`, then read `published()`.
 */
export function layeredCollection(folder: string, layers: ContentLayer[], problems: ContentProblem[], warnings: ContentProblem[]) {
  const toCompile: LayerFile[] = [];
  /** Per id, the file that decides it: the last layer's, drafts aside; `hidden` where that file hides it. */
  const decides = new Map<string, { file: LayerFile; hidden: boolean }>();
  const drafts = new Set<LayerFile>();

  for (const layer of layers) {
    const dir = join(layer.dir, folder);
    const shown = (p: string) => relative(layer.shownFrom, p).split('\\').join('/');
    if (!existsSync(dir)) {
      // A council adds only the folders it needs; the national content has every one.
      if (layer === layers[0]) problems.push({ file: shown(dir), line: 1, message: 'this folder is missing' });
      continue;
    }
    const listed = listFolder(dir);
    if (!('names' in listed)) {
      problems.push({ file: shown(dir), line: listed.line, message: listed.message });
      continue;
    }
    const names = listed.names.filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md').sort();
    for (const name of names) {
      const file: LayerFile = { id: name.replace(/\.md$/, ''), path: join(dir, name), shown: shown(join(dir, name)), layer };
      // Read here only to find `hidden:` and `draft:`; any problem reading or parsing it is reported when it compiles.
      const read = readContentFile(file.path);
      const parsed = 'text' in read ? parseFrontMatter(read.text) : read;
      const data = 'data' in parsed ? (parsed.data as Record<string, unknown>) : undefined;
      if (data?.hidden === true && 'lineOf' in parsed) {
        const ok = checkHide(file, data, parsed.lineOf, layers, decides, problems);
        if (ok) decides.set(file.id, { file, hidden: true });
        continue;
      }
      toCompile.push(file);
      if (data?.draft === true) {
        drafts.add(file);
        warnings.push({ file: file.shown, line: 'lineOf' in parsed ? parsed.lineOf(['draft']) : 1, message: 'draft: true — this file is checked but not published; remove the line to publish it' });
      } else {
        decides.set(file.id, { file, hidden: false });
      }
    }
  }

  const items = new Map<LayerFile, object>();
  return {
    toCompile,
    compiled(file: LayerFile, item: object, lineOf: Origin['lineOf']) {
      items.set(file, item);
      origins.set(item, { file: file.shown, path: file.path, layer: file.layer.name, lineOf });
    },
    /** Every item that is published, each from the file that decides it. */
    published<Item>(): Item[] {
      return [...decides.values()].filter((d) => !d.hidden && items.has(d.file)).map((d) => items.get(d.file) as Item);
    },
    /** The ids of every file that is not hidden, including files with problems (reported on their own line). */
    ids: () => [...new Set(toCompile.filter((f) => !drafts.has(f) && !decides.get(f.id)?.hidden).map((f) => f.id))].sort(),
    /** The file a problem about an item belongs in. */
    fileOf: (id: string) =>
      decides.get(id)?.file.shown ??
      toCompile.find((f) => f.id === id)?.shown ??
      relative(layers[0].shownFrom, join(layers[0].dir, folder, `${id}.md`)).split('\\').join('/'),
  };
}

function checkHide(
  file: LayerFile,
  data: Record<string, unknown>,
  lineOf: Origin['lineOf'],
  layers: ContentLayer[],
  decides: Map<string, { file: LayerFile; hidden: boolean }>,
  problems: ContentProblem[],
): boolean {
  const problem = (field: string | undefined, message: string) => problems.push({ file: file.shown, line: field ? lineOf([field]) : 1, message });
  if (file.layer === layers[0]) {
    problem('hidden', 'hidden: true is for a council\'s folder, to leave out a national item — in content/ delete the file instead');
    return false;
  }
  const below = decides.get(file.id);
  if (!below || below.hidden) {
    problem('hidden', `there is no item "${file.id}" below this folder to hide — check the file name against content/ (the same name hides it)`);
    return false;
  }
  for (const key of Object.keys(data).filter((k) => !HIDE_FIELDS.includes(k))) {
    problem(key, `"${key}" has no effect in a file that hides an item — remove it, or remove "hidden: true" to replace the item instead (allowed here: ${HIDE_FIELDS.join(', ')})`);
  }
  return true;
}
