/**
 * The list's own pieces, drawn with the kit's DOM calls (src/shared/dom.ts): the search box and filters, drawn once and never
 * again while a reader types in them, and a guide's card.
 */
import { h } from '../../shared/dom.ts';
import { drawInline } from '../../shared/markdown.ts';
import type { GuideCard } from '../../content/types.ts';
import { CATEGORY_LABELS, drawMeta, drawUnderAge, longDate, underMinimumAge } from '../guide/draw-guide.ts';
import { shareHref } from './address.ts';

/** What the reader has chosen: the words typed, the type and the child's age ('' for none). */
export interface Choices {
  query: string;
  category: string;
  age: string;
}

const field = (id: string, label: string, control: HTMLElement, wide?: boolean) =>
  h('div', { class: wide ? 'field field-query' : 'field' }, h('label', { for: id }, label), control);

/** A drop-down list: `first` is the "any" choice, its value ''. */
const select = (id: keyof Choices, choices: Choices, first: string, options: [string | number, string | number][], on: (what: keyof Choices, value: string) => void) =>
  h(
    'select',
    { id, onchange: (e) => on(id, (e.target as HTMLSelectElement).value) },
    [['', first] as const, ...options].map(([value, label]) => h('option', { value, selected: `${value}` === choices[id] }, label)),
  );

/** The search box, the type and the child's age, showing the reader's choices; `on` hears every change. */
export function drawSearch(choices: Choices, on: (what: keyof Choices, value: string) => void): HTMLElement {
  const input = h('input', { id: 'query', type: 'search', autocomplete: 'off', spellcheck: 'false', oninput: (e) => on('query', (e.target as HTMLInputElement).value) }) as HTMLInputElement;
  input.value = choices.query;
  return h(
    'div',
    { class: 'search', part: 'search', role: 'search' },
    field('query', 'Search for an app, game or device', input, true),
    field('category', 'Type', select('category', choices, 'All types', Object.entries(CATEGORY_LABELS), on)),
    field('age', "Your child's age", select('age', choices, 'Any age', Array.from({ length: 15 }, (_, i) => [i + 3, i + 3]), on)),
  );
}

/** A guide's card: its name (a link to the guide, `open` hears a click), badges, summary and the date it was checked. */
export const drawCard = (guide: GuideCard, level: number, age: number | undefined, open: (event: Event) => void) =>
  h(
    'li',
    { class: 'card', part: 'card', 'data-guide': guide.id },
    h('p', { class: 'card-title', role: 'heading', 'aria-level': level }, h('a', { href: shareHref(guide.id), onclick: open }, guide.name)),
    drawMeta(guide),
    underMinimumAge(guide, age) && drawUnderAge(guide),
    h('p', { class: 'card-summary' }, drawInline(guide.summary)),
    h('p', { class: 'card-checked', part: 'checked' }, 'Checked on ', h('time', { datetime: guide.reviewed }, longDate(guide.reviewed))),
  );
