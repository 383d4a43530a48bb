/**
 * One guide's own file, fetched by its name alone: chunks/guide-<id>-<set>.js (src/build/guides-index.ts). Shared by
 * <safe-guide>, which needs no index of the guides to find it, and <safe-guides>, whose list holds no map of files.
 */
import set from 'virtual:safe-content/guides-address';
import type { Guide } from '../../content/types.ts';

/** A guide's name in the kit: its file name, lower-case letters, digits and hyphens (the build refuses others). */
export const isGuideId = (id: string) => /^[a-z0-9-]+$/.test(id);

/**
 * The guide, or a rejection if there is no such guide or its file cannot load (a reader sees the same help either
 * way). The kit's code runs from components/ or chunks/, side by side, so `../chunks/` is the guides' folder from
 * both. The address is built in a variable: a literal in `new URL(…, import.meta.url)` would be taken by the
 * bundler for a file of its own to copy.
 */
export async function loadGuide(id: string): Promise<Guide> {
  if (!isGuideId(id)) throw new Error(`"${id}" is not a guide's name: lower-case letters, digits and hyphens`);
  const file = `../chunks/guide-${id}-${set}.js`;
  const module = (await import(/* @vite-ignore */ new URL(file, import.meta.url).href)) as { default: Guide };
  return module.default;
}
