import { h } from '../../shared/dom.ts';
import { PlainElement } from '../../shared/plain-element.ts';
import { baseStyles } from '../../shared/base.styles.ts';
import { drawBlocks, drawInline } from '../../shared/markdown.ts';
import { drawEmergency, drawEssentialHelp } from '../../shared/essential-help.ts';
import { emergencyStyles } from '../../shared/essential-help.styles.ts';
import { toAudience } from '../../shared/audience.ts';
import type { AlertContent as Alert, AlertAudience, AlertLevel } from '../../content/types.ts';
import { currentAlerts, localToday, validDate } from './current.ts';
import { alertsStyles } from './alerts.styles.ts';

const TITLES: Record<AlertAudience, string> = {
  staff: 'Online safety alerts for staff',
  parents: 'Online safety alerts for parents and carers',
};

/** Each audience's alerts: a reader downloads only their own (src/build/content-chunks.ts). */
const ALERTS: Record<AlertAudience, () => Promise<typeof import('virtual:safe-content/alerts-*')>> = {
  parents: () => import('virtual:safe-content/alerts-parents'),
  staff: () => import('virtual:safe-content/alerts-staff'),
};

/** The level in words: colour only repeats it. */
const LEVELS: Record<AlertLevel, string> = { information: 'Information', advice: 'Advice', warning: 'Warning' };

const plural = (n: number) => `${n} current alert${n === 1 ? '' : 's'}`;

/** "2026-11-20" → "20 November 2026", the same wherever the reader is. */
const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/**
 * Current alerts about online trends and apps for school staff or for parents, newest first, from
 * content/alerts/. Each shows its level in words, its date and a short summary, and opens to its full text.
 * Alerts before their published date or after their expiry date are not shown.
 *
 * @attr audience - `parents` (default) or `staff`: which alerts are shown, and the panel's heading.
 * @attr limit - Show at most this many (the newest). Leave it out to show every current alert.
 * @attr today - The date to show alerts for, YYYY-MM-DD. Default: the reader's own date. For tests and previews
 *   (e.g. `today="2027-04-01"` shows what readers will see then).
 * @attr heading-level - The level of the panel's heading in the page's outline (default 2); each alert's title is
 *   one level below.
 * @csspart base - The panel.
 * @csspart heading - The panel's heading.
 * @csspart status - The line saying how many alerts are current, or "No current alerts".
 * @csspart alert - Each alert.
 * @csspart level - The level of an alert, in words.
 * @csspart toggle - The button that opens and closes an alert.
 * @csspart body - An alert's full text.
 * @csspart essential-help - The short list shown while loading, or if loading fails.
 * @cssproperty --safe-alert-warning - Colour marking a warning (with white text). Default: #a4101d.
 * @cssproperty --safe-alert-advice - Colour marking advice (with white text). Default: #1d4f91.
 * @cssproperty --safe-alert-information - Colour marking information (with white text). Default: #505a5f.
 *
 * Drawn with the kit's own DOM calls (src/shared/plain-element.ts): a school may put it on many pages, and it changes only when an
 * alert is opened or closed, which changes that alert's button and text in place.
 */
export class SafeAlerts extends PlainElement<Alert[]> {
  // `theme` is read by the styles only (src/shared/dark.styles.ts).
  static observedAttributes = ['audience', 'limit', 'today', 'heading-level', 'theme'];

  /** The alerts a reader has opened, by id: they stay open when the panel draws again (a setting changed). */
  private opened = new Set<string>();

  /** Alerts are for staff or parents; anything else (children, an unknown word) means parents. */
  private get alertAudience(): AlertAudience {
    return toAudience(this.getAttribute('audience')) === 'staff' ? 'staff' : 'parents';
  }

  /** The audience's alerts are a chunk of their own, fetched when the panel is first shown. */
  protected contentKey() {
    return this.alertAudience;
  }

  protected async load() {
    return (await ALERTS[this.alertAudience]()).default;
  }

  protected sheets() {
    return [baseStyles, emergencyStyles, alertsStyles];
  }

  protected draw() {
    const audience = this.alertAudience;
    const level = this.headingLevel;
    const list = this.value && this.choose(this.value, audience);
    const failed = this.status === 'error';
    return h(
      'section',
      { class: 'kit', part: 'base', 'aria-labelledby': 'title' },
      h('p', { class: 'title', id: 'title', role: 'heading', 'aria-level': level, part: 'heading' }, TITLES[audience]),
      h('p', { class: 'status', role: 'status', part: 'status' }, (!failed && list?.status) || ''),
      failed || !list
        ? [drawEmergency(), drawEssentialHelp(failed ? 'failed' : 'loading')]
        : list.shown.length > 0 && h('ul', { class: 'alerts', role: 'list' }, list.shown.map((a) => this.drawAlert(a, level + 1))),
    );
  }

  /** The alerts to show and the sentence that says how many (the status line is one live region, there from the first render). */
  private choose(alerts: Alert[], audience: AlertAudience) {
    const today = validDate(this.getAttribute('today')) ?? localToday();
    const current = currentAlerts(alerts, today, audience);
    const limit = Number(this.getAttribute('limit'));
    const shown = current.slice(0, Number.isInteger(limit) && limit > 0 ? limit : current.length);
    const status =
      current.length === 0
        ? 'No current alerts.'
        : shown.length < current.length
          ? `Showing the ${shown.length} newest of ${plural(current.length)}.`
          : `${plural(current.length)}, newest first.`;
    return { shown, status };
  }

  private drawAlert(alert: Alert, level: number) {
    const bodyId = `body-${alert.id}`;
    const body = h(
      'div',
      { class: 'body', id: bodyId, part: 'body' },
      drawBlocks(alert.body, level + 1),
      h('p', { class: 'source' }, 'Source: ', h('a', { href: alert.source }, hostOf(alert.source))),
    );
    const toggle = h(
      'button',
      { type: 'button', part: 'toggle', 'aria-controls': bodyId },
      h('span', { class: 'level', part: 'level' }, LEVELS[alert.level], h('span', { class: 'visually-hidden' }, ':')),
      ' ',
      h('span', { class: 'name' }, alert.title),
    );
    // Opening or closing an alert changes its button and its text, nothing else: focus stays where it is.
    const show = (open: boolean) => {
      toggle.setAttribute('aria-expanded', `${open}`);
      body.hidden = !open;
    };
    toggle.addEventListener('click', () => {
      const open = !this.opened.delete(alert.id);
      if (open) this.opened.add(alert.id);
      show(open);
    });
    show(this.opened.has(alert.id));
    return h(
      'li',
      { class: `alert ${alert.level}`, part: 'alert', 'data-alert': alert.id, 'data-level': alert.level },
      h('p', { class: 'alert-title', role: 'heading', 'aria-level': level }, toggle),
      h('p', { class: 'meta' }, 'Published ', h('time', { datetime: alert.published }, longDate(alert.published))),
      h('p', { class: 'summary' }, drawInline(alert.summary)),
      body,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-alerts': SafeAlerts;
  }
}
