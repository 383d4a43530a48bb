/**
 * Where a quick exit goes, in one small file: the loader (embed.js), the quick exit, and a children's help panel
 * (whose plain exit link stands in until the quick exit's own code has arrived) all need it, and nothing else of
 * the exit's code.
 */

/** Where an exit goes unless the webmaster chooses another page: a neutral page, as GOV.UK's "Exit this page" does. */
export const DEFAULT_EXIT_HREF = 'https://www.bbc.co.uk/weather';

/**
 * An exit must always lead somewhere safe: never `javascript:` or `data:`, never nowhere (an empty address), and
 * not over plain `http:` to another site, where the neutral page could be swapped on the way.
 */
export function isSafeExitAddress(value: string): boolean {
  try {
    const url = new URL(value.trim(), document.baseURI);
    // A sandboxed frame's origin is "null", as is a javascript: address's: the protocol is checked first.
    return !!value.trim() && (url.protocol === 'https:' || (url.protocol === 'http:' && url.origin === location.origin));
  } catch {
    return false;
  }
}

/**
 * The address an exit goes to: the webmaster's if it is safe (https://, or a page of the school's own site, so a
 * mistyped or hostile attribute cannot run script or lead nowhere), otherwise the default.
 */
export function exitHref(value: string | null | undefined): string {
  return value && isSafeExitAddress(value) ? new URL(value.trim(), document.baseURI).href : DEFAULT_EXIT_HREF;
}
