/** The list's words that are worked out: what a guide is found by, and the count read out as it changes. */
import type { GuideCard } from '../../content/types.ts';
import { CATEGORY_LABELS } from '../guide/draw-guide.ts';

/** The words a guide is found by: its name, other names parents use, and its type. */
export const searchText = (g: GuideCard) => [g.name, ...g.searchTerms, CATEGORY_LABELS[g.category]].join(' ');

/**
 * "20 guides.", "3 guides for a child aged 9. 2 have a minimum age above 9: …", or, while the list shows only
 * some of the guides (the first view, or when the others could not load), "24 of 1,000 guides.".
 */
export function countText(count: number, age: number | undefined, tooYoung: number, of?: number): string {
  const guides = `${count === 0 ? 'No' : count.toLocaleString('en-GB')}${of === undefined ? '' : ` of ${of.toLocaleString('en-GB')}`} guide${count === 1 && of === undefined ? '' : 's'}`;
  const forAge = age === undefined ? '' : ` for a child aged ${age}`;
  const marked = tooYoung ? ` ${tooYoung} ${tooYoung === 1 ? 'has a minimum age' : 'have a minimum age'} above ${age}: marked, with what to do if your child uses ${tooYoung === 1 ? 'it' : 'them'} anyway.` : '';
  const hint = count === 0 ? ' Try another word, or a different type.' : '';
  return `${guides}${forAge}.${marked}${hint}`;
}
