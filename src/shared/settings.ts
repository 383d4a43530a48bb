/**
 * What a component's setting may hold. Each component declares its settings in its folder's `settings.ts` (the same
 * list its README's table documents); the loader (embed.js) copies only those, checked as `settingProblem` checks
 * (in the short form of src/build/loader-settings.ts), from a placeholder's `data-*` or a frame page's address, and
 * the component checks the ones that keep a reader safe (the quick exit's address and Shift window) itself too, for
 * tags written by hand.
 */

import { isSafeExitAddress } from './exit-address.ts';

export { isSafeExitAddress };

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
  /** A school's file name in content/schools/ (or the council's schools/), without `.md`. */
  | { kind: 'school-id' }
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
 * Why `value` cannot be used for `setting`, in plain words; '' when it can. The loader checks the same in its short
 * form (src/build/loader-settings.ts, src/embed/copy-settings.ts): a word, a text of a length, a whole number in a
 * range, or an exit address. A component reads the rest forgivingly (`carers` for parents, a phone number that is
 * not plainly one shown as text), so these checks keep out what no setting should hold, and no more.
 */
export function settingProblem(setting: Setting, value: string): string {
  const v = value.trim();
  switch (setting.kind) {
    case 'exit-address':
      return exitAddressProblem(v);
    case 'number':
      return /^-?\d+$/.test(v) && +v >= setting.min && +v <= setting.max ? '' : `must be a whole number from ${setting.min} to ${setting.max}`;
    case 'text':
    case 'phone':
    case 'email':
      return v.length <= textLimit(setting) ? '' : `must be at most ${textLimit(setting)} characters`;
    default:
      return WORD.test(v) ? '' : 'must be one word (letters, digits and hyphens)';
  }
}

/** One word: a choice (`parents`), a guide's name (`tiktok`), a date (`2025-01-15`). */
const WORD = /^[\w-]{1,60}$/;

/** How long a text setting may be. */
export const textLimit = (setting: Setting) => (setting.kind === 'text' ? setting.max : setting.kind === 'phone' ? 40 : 100);

function exitAddressProblem(value: string): string {
  return !value ? 'is empty: the exit would lead nowhere' : isSafeExitAddress(value) ? '' : 'must be an https:// address';
}
