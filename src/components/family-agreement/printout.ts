/**
 * The agreement as it is printed: the chosen promises, the family's own, the help to turn to, the names, the date
 * and lines to sign on. Hidden on screen; the form is hidden in print. The last promises, the signatures and the
 * date are one block that is never split across pages, so the signatures never print alone on a page of their own.
 */
import { h } from '../../shared/dom.ts';
import { drawInline } from '../../shared/markdown.ts';
import type { AgreementContact, Inline } from '../../content/types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-25" → "25 November 2026" (the same in every browser and language setting). */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m && MONTHS[Number(m[2]) - 1] ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : '';
}

const possessive = (name: string) => `${name}’s`;

/** The family's own promises: one per line, blank lines left out. */
export const ownLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

export interface Printed {
  device: string;
  child: string;
  parents: string[];
  date: string;
  childPromises: Inline[][];
  parentPromises: Inline[][];
  childOwn: string[];
  parentOwn: string[];
  contacts: AgreementContact[];
}

const list = (chosen: Inline[][], own: string[]) =>
  chosen.length + own.length
    ? h('ul', { class: 'print-list' }, chosen.map((p) => h('li', null, drawInline(p))), own.map((p) => h('li', null, p)))
    : h('p', { class: 'print-none' }, 'No promises chosen.');

const contactLine = (c: AgreementContact) =>
  h(
    'li',
    null,
    c.name,
    c.phone && `: ${c.phone.number}${c.phone.label ? ` (${c.phone.label})` : ''}`,
    c.url && `, ${c.url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')}`,
  );

const signature = (who: string) => h('div', { class: 'signature' }, h('span', { class: 'sign-line' }), h('span', null, `Signed: ${who}`));

export function drawPrintout(p: Printed): HTMLElement {
  const parentNames = p.parents.join(' and ');
  const date = longDate(p.date);
  const none = p.childPromises.length + p.childOwn.length + p.parentPromises.length + p.parentOwn.length === 0;
  return h(
    'div',
    { class: 'printout', part: 'printout' },
    h('p', { class: 'print-title' }, 'Our family agreement'),
    h(
      'p',
      { class: 'print-for' },
      p.child ? `For ${possessive(p.child)} ${p.device}.` : `For our child’s ${p.device}.`,
      ' We will keep these promises, and look at them again together when things change.',
    ),
    none &&
      h(
        'p',
        { class: 'print-empty', part: 'print-empty' },
        'No promises have been chosen yet. Tick the promises you agree on (or write your own) on the page, then print again.',
      ),
    h(
      'div',
      { class: 'print-side', 'data-print': 'child' },
      h('p', { class: 'print-heading' }, p.child ? `${possessive(p.child)} promises` : 'The child’s promises'),
      list(p.childPromises, p.childOwn),
      p.contacts.length > 0 && [
        h('p', { class: 'print-help' }, 'If something upsets me, I can tell an adult I trust, or contact:'),
        h('ul', { class: 'print-contacts' }, p.contacts.map(contactLine)),
      ],
    ),
    h(
      'div',
      { class: 'print-end' },
      h(
        'div',
        { class: 'print-side', 'data-print': 'parent' },
        h('p', { class: 'print-heading' }, parentNames ? `${possessive(parentNames)} promises` : 'The parent’s or carer’s promises'),
        list(p.parentPromises, p.parentOwn),
      ),
      h('div', { class: 'signatures' }, signature(p.child || 'child'), p.parents.length ? p.parents.map(signature) : signature('parent or carer')),
      h('p', { class: 'print-date' }, 'Date: ', date || h('span', { class: 'date-line' })),
    ),
  );
}
