/**
 * The school a snippet names (`data-school="hillside-primary"`, or `school="…"` on a tag): its details come from
 * content/schools/ or the council's schools/, one small file per school, fetched only when a page names it.
 * The loader only copies the setting across; the component looks the school up, so a page without one fetches
 * nothing more.
 *
 * Not in src/shared/: only the components that show a school's details carry this, so the kit's shared chunk (and
 * every other embed) stays as small as it was.
 */
import type { School } from '../content/types.ts';

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** The school's details, or undefined (none named, an unknown name, or a file that would not load). */
export async function loadSchool(name: string | null | undefined): Promise<School | undefined> {
  const id = (name ?? '').trim().toLowerCase();
  if (!id) return undefined;
  try {
    const { load } = await import('virtual:safe-content/schools');
    if (!has(load, id)) {
      console.warn(`safe-kit: there is no school "${id}" in this kit (data-school). Known: ${Object.keys(load).join(', ') || 'none'}.`);
      return undefined;
    }
    return (await load[id]()).default;
  } catch (error) {
    // Without the school's file the component still shows everything else, and the general advice to ask the school.
    console.error(`safe-kit: could not load the details of school "${id}"`, error);
    return undefined;
  }
}
