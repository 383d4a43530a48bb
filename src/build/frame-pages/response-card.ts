/**
 * The parents' response card (its default audience) as plain HTML. Without JavaScript nobody can answer the
 * yes/no questions, so every place they lead is written out (each closed under its title, as the card shows one
 * step at a time), with what to do and whom to contact.
 */
import type { ResponseCard, ServiceContact } from '../../content/types.ts';
import { SCHOOL_DSL } from '../../content/school-dsl.ts';
import { blocksHtml, escapeHtml, inlineHtml } from '../static-html.ts';
import { h, hostOf, list, phoneLink } from './shared.ts';

const DSL = "your school's designated safeguarding lead";

function contact(id: string, services: ServiceContact[], withSummary = false): string {
  if (id === SCHOOL_DSL) return `<li><strong>Your school's designated safeguarding lead</strong>: ask for them through the school.</li>`;
  const s = services.find((x) => x.id === id);
  if (!s) return '';
  const links = [...s.phones.map((p) => phoneLink(p)), ...(s.url ? [`<a href="${escapeHtml(s.url)}">${escapeHtml(s.linkText ?? s.name)}</a>`] : [])];
  return `<li><strong>${escapeHtml(s.name)}</strong>${withSummary ? `: ${inlineHtml(s.summary)}` : ''}${list(links)}</li>`;
}

export function responseCardHtml(cards: ResponseCard[], services: ServiceContact[]): { title: string; html: string } {
  const card = cards.find((c) => c.audience === 'parents') ?? cards[0];
  const outcomes = card.flow.outcomes
    .map(
      (o) => `<li><details><summary>${escapeHtml(o.title)}</summary><ol>${o.steps.map((s) => `<li>${inlineHtml(s)}</li>`).join('')}</ol>${
        o.contacts.length ? `<ul>${o.contacts.map((id) => contact(id, services)).join('')}</ul>` : ''
      }</details></li>`,
    )
    .join('');
  return {
    title: card.title,
    html: `<p>${inlineHtml(card.summary)}</p>
<p>Tell ${DSL}.</p>
${h(3, 'What should I do now?')}
<p>What to do depends on what has happened. Open the case that fits:</p>
<ul class="items">${outcomes}</ul>
${blocksHtml(card.body, 3)}
${h(3, 'Who to contact')}
<ul class="items">${card.contacts.map((id) => contact(id, services, true)).join('')}</ul>
<p>Source: <a href="${escapeHtml(card.source)}">${escapeHtml(hostOf(card.source))}</a>. Checked ${escapeHtml(card.reviewed)}.</p>`,
  };
}
