/**
 * The loader's one door for settings: from a placeholder's or script's `data-*`, or a frame page's address, it
 * copies onto the element only the settings its component declares (src/components/<name>/settings.ts), each
 * checked. Anything else is left out with one console note naming it, so a CMS that strips `on…` attributes but
 * keeps `data-*` cannot be used to run script or restyle the page through the kit.
 *
 * The checks are those of src/shared/settings.ts, in the short form the build writes (src/build/loader-settings.ts);
 * the browser tests hold the two to the same answers.
 */
import { isSafeExitAddress } from '../shared/exit-address.ts';

/** Each component's settings, as `name:code` separated by spaces (see loader-settings.ts). */
declare const __SAFE_KIT_SETTINGS__: Record<string, string>;

/** Whether `value` passes the check written as `code` (see loader-settings.ts). */
function passes(code: string, value: string): boolean {
  const v = value.trim();
  const range = /^(\d+)-(\d+)$/.exec(code);
  if (range) return /^-?\d+$/.test(v) && +v >= +range[1] && +v <= +range[2];
  if (code === 'x') return isSafeExitAddress(v);
  return code === 'w' ? /^[\w-]{1,60}$/.test(v) : v.length <= +code.slice(1);
}

/**
 * Copies the declared, valid settings among `given` (name → value) onto `element`, a kit element not yet drawn.
 * `quietly`: for the kit script's page-wide settings, which each component takes only if it has them.
 */
export function copySettings(element: HTMLElement, given: Iterable<[string, string]>, quietly = false): void {
  // A Map, not an object: a name such as `constructor` or `__proto__` must find nothing.
  const settings = new Map((__SAFE_KIT_SETTINGS__[element.localName.slice(5)] ?? '').split(' ').map((s) => s.split(':') as [string, string]));
  for (const [name, value] of given) {
    // An older name (the exit's `href`) is checked, and set, as the setting it now is.
    const target = settings.get(name)?.[0] === '=' ? settings.get(name)!.slice(1) : name;
    const code = settings.get(target);
    // The build refuses to declare on…, style, href, src or id (loader-settings.ts), so they are never found here.
    // A note, not a warning: a script tag also carries what optimisers and consent tools add (data-rocketsrc, …).
    if (code && passes(code, value)) element.setAttribute(target, value);
    else if (!quietly) console.info(`safe-kit: <${element.localName}> left out ${name}="${value}" (see its README)`);
  }
}

/**
 * A placeholder's or script's `data-*` settings, by their attribute names without `data-` (`heading-level`),
 * leaving out the loader's own (`data-safe-kit`, `data-component`, `data-safe-kit-mounted`).
 */
export const dataSettings = (from: HTMLElement): [string, string][] =>
  [...from.attributes].filter((a) => /^data-(?!safe-kit|component$)/.test(a.name)).map((a) => [a.name.slice(5), a.value]);
