/** The parents' current alerts (the panel's default audience) on the day of the build, newest first, each closed as the panel shows them. */
import type { Alert } from '../../content/types.ts';
import { currentAlerts } from '../../components/alerts/current.ts';
import { blocksHtml, escapeHtml, inlineHtml } from '../static-html.ts';
import { h, hostOf, longDate } from './shared.ts';

// The panel's words (src/components/alerts/alerts.ts); the frame tests compare the two.
export const ALERTS_TITLE = 'Online safety alerts for parents and carers';
const LEVELS = { information: 'Information', advice: 'Advice', warning: 'Warning' } as const;

export function alertsHtml(all: Alert[], today: string): string {
  const shown = currentAlerts(all, today, 'parents');
  if (!shown.length) return '<p>No current alerts.</p>';
  return `<ul class="items">${shown
    .map(
      (a) => `<li data-alert="${a.id}">${h(3, `${LEVELS[a.level]}: ${escapeHtml(a.title)}`)}
<p>Published <time datetime="${a.published}">${longDate(a.published)}</time></p>
<p>${inlineHtml(a.summary)}</p><details><summary>The whole alert<span class="visually-hidden">: ${escapeHtml(a.title)}</span></summary>${blocksHtml(a.body, 4)}
<p>Source: <a href="${escapeHtml(a.source)}">${escapeHtml(hostOf(a.source))}</a></p></details></li>`,
    )
    .join('')}</ul>`;
}
