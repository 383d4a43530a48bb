/**
 * What a component's setting may hold. Each component declares its settings in its folder's `settings.ts` (the same
 * list its README's table documents); the loader (embed.js) copies only those, checked with `settingProblem`, from
 * a placeholder's `data-*` or a frame page's address, and the component checks the ones that keep a reader safe
 * (the quick exit's address and Shift window) itself too, for tags written by hand.
 *
 * Plain data and one small function: embed.js carries them, so they stay small.
 */

export type SettingKind =
  /** One word from `values`; the component reads near words forgivingly (`carers` for parents), so any word passes. */
  | { kind: 'choice'; values: readonly string[] }
  /** Text shown as text (never as HTML), at most `max` characters. */
  | { kind: 'text'; max: number }
  /** A phone number as a person types it: shown as a tap-to-call link if it is plainly a number. */
  | { kind: 'phone' }
  | { kind: 'email' }
  /** A whole number from `min` to `max`. */
  | { kind: 'number'; min: number; max: number }
  /** A date, `YYYY-MM-DD`. */
  | { kind: 'date' }
  /** A guide's file name in content/guides/, without `.md`. */
  | { kind: 'guide-id' }
  /** Where a quick exit goes: an `https://` address, or a page of the school's own site. */
  | { kind: 'exit-address' };

export type Setting = SettingKind & {
  /** The attribute's name, e.g. `heading-level` (`data-heading-level` on a placeholder, `?heading-level=` on a frame). */
  name: string;
  /** An older name still read from a placeholder or frame address, and set under `name`. */
  formerly?: string;
};

/**
 * Names the loader never sets, whatever a declaration says: script (`on…`), looks (`style`), addresses the browser
 * would load (`href`, `src`) and `id` (a page's scripts and CSS find things by it).
 */
export const isForbiddenName = (name: string) => /^(on|style$|href$|src$|id$)/i.test(name);

/**
 * Why `value` cannot be used for `setting`, in plain words; '' when it can. (Short words: embed.js carries them.)
 */
export function settingProblem(setting: Setting, value: string): string {
  const v = value.trim();
  const kind = setting.kind;
  if (kind === 'exit-address') return exitAddressProblem(v);
  if (kind === 'number') return /^-?\d+$/.test(v) && +v >= setting.min && +v <= setting.max ? '' : `must be a whole number from ${setting.min} to ${setting.max}`;
  const ok =
    kind === 'choice' ? /^[a-z0-9-]{1,30}$/i.test(v)
    : kind === 'text' ? v.length <= setting.max
    : kind === 'phone' ? v.length <= 40 && /(\d\D*){3}/.test(v)
    : kind === 'email' ? v.length <= 100 && /^[^\s@]+@[^\s@]+$/.test(v)
    : kind === 'date' ? /^\d{4}-\d\d-\d\d$/.test(v)
    : /^[a-z0-9-]{1,60}$/i.test(v); // guide-id
  return ok ? '' : `is not a ${kind === 'choice' ? 'single word' : kind}`;
}

/**
 * An exit must always lead somewhere safe: never `javascript:` or `data:`, never nowhere (an empty address), and
 * not over plain `http:` to another site, where the neutral page could be swapped on the way.
 */
function exitAddressProblem(value: string): string {
  if (!value) return 'is empty: the exit would lead nowhere';
  try {
    const url = new URL(value, document.baseURI);
    // A sandboxed frame's origin is "null", as is a javascript: address's: the protocol is checked first.
    if (url.protocol === 'https:' || (url.protocol === 'http:' && url.origin === location.origin)) return '';
  } catch {
    // Not an address at all: said below.
  }
  return 'must be an https:// address';
}
