/**
 * The family agreement's suggested promises as plain HTML, for each side, with the contacts each group names.
 * Without JavaScript there is nothing to tick or print from, so a family reads them and writes their own.
 */
import type { AgreementGroup, Inline } from '../../content/types.ts';
import { blocksHtml, escapeHtml, inlineHtml } from '../static-html.ts';
import { h, tel } from './shared.ts';

export const AGREEMENT_TITLE = 'Make a family agreement';
const SIDES = [
  { who: 'child', title: 'Promises for the child' },
  { who: 'parent', title: 'Promises for the parent or carer' },
] as const;

/** `{device}` in a promise reads "phone", the agreement's default device. */
const withDevice = (nodes: Inline[]): Inline[] =>
  nodes.map((n) => (n.type === 'text' ? { ...n, text: n.text.replaceAll('{device}', 'phone') } : 'children' in n ? { ...n, children: withDevice(n.children) } : n));

function group(g: AgreementGroup): string {
  const contacts = g.contacts.map(
    (c) =>
      `<p>${c.url ? `<a href="${escapeHtml(c.url)}">${escapeHtml(c.name)}</a>` : escapeHtml(c.name)}${
        c.phone ? `: call <a href="${tel(c.phone.number)}">${escapeHtml(c.phone.number)}</a>${c.phone.label ? ` (${escapeHtml(c.phone.label)})` : ''}` : ''
      }</p>`,
  );
  return `${h(4, escapeHtml(g.title.replaceAll('{device}', 'phone')))}${blocksHtml(g.body, 5)}<ul>${g.promises
    .map((p) => `<li>${inlineHtml(withDevice(p.text))}</li>`)
    .join('')}</ul>${contacts.join('')}`;
}

export function familyAgreementHtml(groups: AgreementGroup[]): string {
  return `<p>Agree together how your child will use their first phone. Choose the promises you want to keep, add your own, then write them down and sign them.</p>
${SIDES.map((side) => `${h(3, side.title)}${groups.filter((g) => g.who === side.who).sort((a, b) => a.order - b.order).map(group).join('')}`).join('\n')}`;
}
