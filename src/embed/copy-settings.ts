/**
 * The loader's one door for settings: from a placeholder's or script's `data-*`, or a frame page's address, it
 * copies onto the element only the settings its component declares (src/components/<name>/settings.ts), each
 * checked. Anything else is left out with one console note naming it, so a CMS that strips `on…` attributes but
 * keeps `data-*` cannot be used to run script or restyle the page through the kit.
 */
import { isForbiddenName, settingProblem, type Setting } from '../shared/settings.ts';
// Filled in by the build (src/build/vite-plugin-embed-loader.ts) from every component's settings.ts.
import declared from 'safe-kit:settings';

/** What a placeholder or script carries for the loader itself, not for the component. */
const LOADER_OWN = new Set(['safe-kit', 'component', 'safe-kit-mounted']);

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The declared setting a name given by a webmaster stands for, by its name or its older name. */
function find(name: string, settings: readonly Setting[]): Setting | undefined {
  return settings.find((s) => s.name === name || s.formerly === name);
}

/** Copies the declared, valid settings among `given` (name → value) onto `element`, a kit element not yet drawn. */
export function copySettings(element: HTMLElement, given: Iterable<[string, string]>): void {
  const component = element.localName.slice('safe-'.length);
  const settings = declared[component] ?? [];
  for (const [name, value] of given) {
    if (LOADER_OWN.has(name)) continue;
    const setting = find(name, settings);
    if (!setting || isForbiddenName(setting.name)) {
      const known = settings.map((s) => s.name).join(', ') || 'none';
      console.warn(`safe-kit: <${element.localName}> has no setting "${name}", so it was left out. Its settings: ${known}.`);
      continue;
    }
    const problem = settingProblem(setting, value);
    if (problem) {
      console.warn(`safe-kit: <${element.localName}> setting "${name}" ${problem}; the default is used.`);
      continue;
    }
    element.setAttribute(setting.name, value);
  }
}

/** A placeholder's or script's `data-*` settings, by their attribute names without `data-` (`heading-level`). */
export const dataSettings = (from: HTMLElement): [string, string][] =>
  Object.entries(from.dataset).flatMap(([key, value]) => (value === undefined ? [] : [[kebab(key), value]]));
