/** The help-links panel for parents (its default audience), as plain HTML: every service, grouped as the panel groups them. */
import type { Service } from '../../content/types.ts';
import { PANEL_WORDS } from '../../components/help-links/words.ts';
import { blocksHtml, escapeHtml, inlineHtml } from '../static-html.ts';
import { h, list, phoneLink } from './shared.ts';

// The panel's heading for parents (src/components/help-links/help-links.ts); the frame tests compare the two.
export const HELP_LINKS_TITLE = 'Where to get help and report';
const { intro: INTRO, groups: GROUPS } = PANEL_WORDS.parents;

function service(s: Service): string {
  const contacts = [
    ...s.phones.map((p) => phoneLink(p)),
    ...(s.url ? [`<a href="${escapeHtml(s.url)}">${escapeHtml(s.linkText ?? s.name)}</a>`] : []),
    ...(s.email ? [`<a href="mailto:${escapeHtml(s.email)}">Email ${escapeHtml(s.email)}</a>`] : []),
  ];
  return `${h(4, escapeHtml(s.name))}<p>${inlineHtml(s.summary)}</p>${s.notFor ? `<p><strong>Not for:</strong> ${inlineHtml(s.notFor)}</p>` : ''}${blocksHtml(s.body, 5)}${list(contacts, 'contact')}`;
}

export function helpLinksHtml(services: Service[]): string {
  const shown = services
    .filter((s) => !s.emergency && s.audiences.parents !== undefined)
    .sort((a, b) => a.audiences.parents! - b.audiences.parents! || a.name.localeCompare(b.name));
  return `<p>${escapeHtml(INTRO)}</p>${GROUPS.map(([category, title]) => {
    const group = shown.filter((s) => s.category === category);
    return group.length ? `${h(3, title)}<ul class="items">${group.map((s) => `<li data-service="${s.id}">${service(s)}</li>`).join('')}</ul>` : '';
  }).join('')}`;
}
