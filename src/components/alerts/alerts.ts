import { LitElement, html, nothing } from 'lit';
import { Loading, pendingStyles, whilePending } from '../../shared/loading.ts';
import { baseStyles } from '../../shared/base.styles.ts';
import { renderBlocks, renderInline } from '../../shared/markdown.ts';
import { renderEmergency, renderEssentialHelp } from '../../shared/essential-help.ts';
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
 */
export class SafeAlerts extends LitElement {
  static override styles = [baseStyles, emergencyStyles, alertsStyles, pendingStyles];
  static override properties = {
    // Read by the styles only (src/shared/dark.styles.ts): listed so that the element takes it as a setting.
    theme: {},
    audience: { reflect: true },
    limit: { type: Number },
    today: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  declare audience: string;
  declare limit: number | undefined;
  declare today: string | undefined;
  declare headingLevel: number;

  /** The alerts a reader has opened, by id. */
  private opened = new Set<string>();

  /** The audience's alerts are a chunk of their own, fetched when the panel is first shown. */
  private alerts = new Loading(this, {
    task: async ([audience]: [AlertAudience]) => (await ALERTS[audience]()).default,
    args: () => [this.alertAudience] as [AlertAudience],
  });

  constructor() {
    super();
    this.audience = 'parents';
    this.headingLevel = 2;
  }

  /** Alerts are for staff or parents; anything else (children, an unknown word) means parents. */
  private get alertAudience(): AlertAudience {
    return toAudience(this.audience) === 'staff' ? 'staff' : 'parents';
  }

  override render() {
    const audience = this.alertAudience;
    const level = Math.min(Math.max(this.headingLevel || 2, 1), 5);
    const list = this.alerts.value ? this.choose(this.alerts.value, audience) : undefined;
    const loading = () => this.renderPanel(audience, level, list?.status ?? '', html`${renderEmergency()}${renderEssentialHelp('loading')}`);
    return whilePending(this, this.alerts.status === 'pending', loading) ?? this.renderPanel(audience, level, list?.status ?? '', this.alerts.render({
      error: () => html`${renderEmergency()}${renderEssentialHelp('failed')}`,
      complete: () =>
        list?.shown.length
          ? html`<ul class="alerts" role="list">
              ${list.shown.map((a) => this.renderAlert(a, level + 1))}
            </ul>`
          : nothing,
    }));
  }

  private renderPanel(audience: AlertAudience, level: number, status: string, inside: unknown) {
    return html`<section class="kit" part="base" aria-labelledby="title">
      <p class="title" id="title" role="heading" aria-level=${level} part="heading">${TITLES[audience]}</p>
      <p class="status" role="status" part="status">${status}</p>
      ${inside}
    </section>`;
  }

  /** The alerts to show and the sentence that says how many (the status line is one live region, there from the first render). */
  private choose(alerts: Alert[], audience: AlertAudience) {
    const today = validDate(this.today) ?? localToday();
    const current = currentAlerts(alerts, today, audience);
    const limit = Number.isInteger(this.limit) && this.limit! > 0 ? this.limit! : current.length;
    const shown = current.slice(0, limit);
    const status =
      current.length === 0
        ? 'No current alerts.'
        : shown.length < current.length
          ? `Showing the ${shown.length} newest of ${plural(current.length)}.`
          : `${plural(current.length)}, newest first.`;
    return { shown, status };
  }

  private renderAlert(alert: Alert, level: number) {
    const open = this.opened.has(alert.id);
    const bodyId = `body-${alert.id}`;
    return html`<li class="alert ${alert.level}" part="alert" data-alert=${alert.id} data-level=${alert.level}>
      <p class="alert-title" role="heading" aria-level=${level}>
        <button type="button" part="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${bodyId} @click=${() => this.toggle(alert.id)}>
          <span class="level" part="level">${LEVELS[alert.level]}<span class="visually-hidden">:</span></span>
          <span class="name">${alert.title}</span>
        </button>
      </p>
      <p class="meta">Published <time datetime=${alert.published}>${longDate(alert.published)}</time></p>
      <p class="summary">${renderInline(alert.summary)}</p>
      <div class="body" id=${bodyId} part="body" ?hidden=${!open}>
        ${renderBlocks(alert.body, level + 1)}
        <p class="source">Source: <a href=${alert.source}>${hostOf(alert.source)}</a></p>
      </div>
    </li>`;
  }

  private toggle(id: string) {
    if (!this.opened.delete(id)) this.opened.add(id);
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-alerts': SafeAlerts;
  }
}
