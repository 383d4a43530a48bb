/**
 * The guides as a reader downloads them, so that 1,000 guides cost a reader's first download about what 20 do:
 *
 *   virtual:safe-content/guides-index    the list's first view: the first FIRST_VIEW cards (by name), how many
 *                                        guides there are, and where the others are (`rest`, or null when the
 *                                        first view holds them all, as it does for the national content)
 *   virtual:safe-content/guides-rest     every other card, fetched when a reader searches, filters by type or
 *                                        asks for the whole list
 *   virtual:safe-content/guides-address  the part of a guide's file name shared by every guide of this build
 *   chunks/guide-<id>-<set>.js           one whole guide, fetched when it is opened, or by <safe-guide>
 *
 * A guide's file has an address a component can work out from the guide's name alone (its id and the build's
 * `<set>`), so one guide on a page (`<safe-guide guide="tiktok">`) fetches its own file and nothing else: no index
 * of the guides, and no map of their files, which with 1,000 guides would cost more than the index itself. `<set>`
 * is a hash of every guide's file: a change to any guide renames them all, so they can still be cached for ever.
 */
import { createHash } from 'node:crypto';
import type { Guide, GuideCard } from '../content/types.ts';

/** Cards in the list's first view: every guide while there are no more than this; the rest when asked for. */
export const FIRST_VIEW = 24;

const PREFIX = 'virtual:safe-content/';

/** A guide's own file in dist/, as the components work it out (src/components/guide/load-guide.ts). */
export const GUIDE_FILE = /^chunks\/guide-[a-z0-9-]+-[\w-]+\.js$/;
export const guideFileName = (id: string, set: string) => `chunks/guide-${id}-${set}.js`;
/** The `<set>` part of a guide's file name (8 characters: see `guides-address` below). */
export const guideSetOf = (fileName: string) => /-([\w-]{8})\.js$/.exec(fileName)?.[1];

/** Does one of these files hold the code that fetches guides' own files (by `guides-address`)? */
export const fetchesGuideFiles = (files: ({ type: string; moduleIds?: string[] } | undefined)[]) =>
  files.some((f) => f?.type === 'chunk' && f.moduleIds?.includes(`\0${PREFIX}guides-address`));

/** What a card shows and search reads: not the age note or source (the open guide's), nor `toCheck` (the report's). */
const card = ({ body: _b, ageNote: _a, toCheck: _t, source: _s, ...rest }: Guide): GuideCard => rest;

/** A guide's own file: the whole guide a reader sees, without `toCheck`, which is for the content report. */
const guideFile = ({ toCheck: _t, ...guide }: Guide) => `export default ${JSON.stringify(guide)};\n`;

interface Emitter {
  emitFile(file: { type: 'asset'; fileName: string; source: string }): string;
}

/**
 * The source of one of the guides' modules (`name` without the `virtual:safe-content/` prefix), or undefined for a
 * name that is not one of them. Loading `guides-address` writes every guide's own file into the build.
 */
export function guidesModule(build: Emitter, name: string, guides: Guide[]): string | undefined {
  const first = guides.slice(0, FIRST_VIEW).map(card);
  const rest = guides.slice(FIRST_VIEW).map(card);
  if (name === 'guides-index') {
    const loadRest = rest.length ? `() => import(${JSON.stringify(`${PREFIX}guides-rest`)})` : 'null';
    return `export default ${JSON.stringify(first)};\nexport const total = ${guides.length};\nexport const rest = ${loadRest};\n`;
  }
  if (name === 'guides-rest') return `export default ${JSON.stringify(rest)};\n`;
  if (name === 'guides-address') {
    const files = guides.map((g) => [g.id, guideFile(g)] as const);
    const set = createHash('sha256').update(files.map(([id, source]) => `${id}\n${source}`).join('\n')).digest('base64url').slice(0, 8);
    for (const [id, source] of files) build.emitFile({ type: 'asset', fileName: guideFileName(id, set), source });
    return `export default ${JSON.stringify(set)};\n`;
  }
  return undefined;
}
