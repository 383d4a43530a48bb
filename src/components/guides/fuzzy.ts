/**
 * Search as you type that forgives case, accents and small typos ("tik tok", "Snapchta", "instagam"), for a list
 * of twenty guides or a thousand. A few lines of edit distance do this; a fuzzy-search library would cost more than
 * the whole index.
 */
import { editDistance } from '../../shared/edit-distance.ts';

/** Lower case, no accents, words of letters and digits only. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Typos allowed in a typed word: none in short words (too many false matches), one from 4 letters, two from 8;
 * never in the first letter.
 */
const allowed = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/** Does one typed word match one word of the text, as it is or as the start of it (the reader is still typing)? */
function wordMatches(typed: string, word: string): boolean {
  if (word.startsWith(typed)) return true;
  const typos = allowed(typed);
  // A typo is forgiven only after the first letter, which people rarely get wrong: otherwise "twitch" would find
  // "Switch" and "bereal" would find "cereal".
  if (!typos || typed[0] !== word[0]) return false;
  // Compare with the whole word, and with its start of the typed length ("instg" against "insta…").
  return editDistance(typed, word) <= typos || editDistance(typed, word.slice(0, typed.length)) <= typos;
}

/** Each text's words (with its words joined), worked out once: a keystroke reads every guide's text again. */
const textWords = new Map<string, string[]>();
const wordsOf = (text: string) => {
  let found = textWords.get(text);
  if (!found) {
    const split = words(text);
    textWords.set(text, (found = [...split, split.join('')]));
  }
  return found;
};

/**
 * Does the query match a text? Every typed word must match a word of the text. The query is also tried with its
 * spaces removed, and the text with its words joined, so "tik tok" finds "TikTok" and "youtube" finds "You Tube".
 * The query is read once, for every text it is matched against.
 */
export function matcher(query: string): (text: string) => boolean {
  const typed = words(query);
  const together = typed.join('');
  return (text) => {
    if (typed.length === 0) return true;
    const joined = wordsOf(text);
    return typed.every((t) => joined.some((w) => wordMatches(t, w))) || (typed.length > 1 && joined.some((w) => wordMatches(together, w)));
  };
}

/** Does the query match the text? (see matcher) */
export const matches = (query: string, text: string) => matcher(query)(text);
