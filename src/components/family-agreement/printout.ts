/**
 * The agreement as it is printed: the chosen promises, the family's own, the help to turn to, the names, the date
 * and lines to sign on. Hidden on screen; the form is hidden in print. The last promises, the signatures and the
 * date are one block that is never split across pages, so the signatures never print alone on a page of their own.
 */
import { html, nothing } from 'lit';
import { drawn } from '../../shared/drawn.ts';
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
    ? html`<ul class="print-list">
        ${chosen.map((p) => html`<li>${drawn(drawInline, p)}</li>`)} ${own.map((p) => html`<li>${p}</li>`)}
      </ul>`
    : html`<p class="print-none">No promises chosen.</p>`;

const contactLine = (c: AgreementContact) =>
  html`<li>${c.name}${c.phone ? html`: ${c.phone.number}${c.phone.label ? ` (${c.phone.label})` : ''}` : nothing}${c.url
      ? html`, ${c.url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')}`
      : nothing}</li>`;

const signature = (who: string) => html`<div class="signature"><span class="sign-line"></span><span>Signed: ${who}</span></div>`;

export function renderPrintout(p: Printed) {
  const parentNames = p.parents.join(' and ');
  const date = longDate(p.date);
  return html`<div class="printout" part="printout">
    <p class="print-title">Our family agreement</p>
    <p class="print-for">
      ${p.child ? `For ${possessive(p.child)} ${p.device}.` : `For our child’s ${p.device}.`}
      We will keep these promises, and look at them again together when things change.
    </p>
    ${p.childPromises.length + p.childOwn.length + p.parentPromises.length + p.parentOwn.length === 0
      ? html`<p class="print-empty" part="print-empty">
          No promises have been chosen yet. Tick the promises you agree on (or write your own) on the page, then print
          again.
        </p>`
      : nothing}
    <div class="print-side" data-print="child">
      <p class="print-heading">${p.child ? `${possessive(p.child)} promises` : 'The child’s promises'}</p>
      ${list(p.childPromises, p.childOwn)}
      ${p.contacts.length
        ? html`<p class="print-help">If something upsets me, I can tell an adult I trust, or contact:</p>
            <ul class="print-contacts">${p.contacts.map(contactLine)}</ul>`
        : nothing}
    </div>
    <div class="print-end">
      <div class="print-side" data-print="parent">
        <p class="print-heading">${parentNames ? `${possessive(parentNames)} promises` : 'The parent’s or carer’s promises'}</p>
        ${list(p.parentPromises, p.parentOwn)}
      </div>
      <div class="signatures">
        ${signature(p.child || 'child')}
        ${p.parents.length ? p.parents.map(signature) : signature('parent or carer')}
      </div>
      <p class="print-date">Date: ${date || html`<span class="date-line"></span>`}</p>
    </div>
  </div>`;
}
