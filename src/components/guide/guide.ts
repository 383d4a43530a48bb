import { LitElement, html, nothing } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { baseStyles } from '../../shared/base.styles.ts';
import { emergencyStyles } from '../../shared/essential-help.styles.ts';
import { renderEmergency, renderEssentialHelp } from '../../shared/essential-help.ts';
import { renderGuideStyles } from './render-guide.styles.ts';
import { renderGuide } from './render-guide.ts';

/**
 * One parental-controls guide from content/guides/, anywhere on a page: what parents should know, then numbered
 * steps, when it was last checked and where the facts come from. Only this guide's text is downloaded.
 *
 * @attr guide - The guide's name in the kit: its file name without `.md`, e.g. `tiktok` for content/guides/tiktok.md.
 * @attr heading-level - The level of the guide's heading in the page's outline (default 2).
 * @csspart base - The panel.
 * @csspart guide - The guide.
 * @csspart guide-heading - The guide's name.
 * @csspart age-badge - The minimum-age badge.
 * @csspart steps - The sections of numbered steps.
 * @csspart after-updates - The reminder to check the settings again after updates.
 * @csspart provenance - When the guide was last checked, and its source.
 * @csspart emergency - The "In immediate danger" line.
 * @csspart essential-help - The short list shown while loading, or if loading fails.
 */
export class SafeGuide extends LitElement {
  static override styles = [baseStyles, emergencyStyles, renderGuideStyles];
  static override properties = {
    // Read by the styles only (src/shared/dark.styles.ts): listed so that the element takes it as a setting.
    theme: {},
    guide: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  declare guide: string;
  declare headingLevel: number;

  /** The index of guides: names and summaries, no steps. */
  private index = new Task(this, {
    task: async () => import('virtual:safe-content/guides-index'),
    args: () => [],
  });

  /** This guide's own chunk, once the index says where it is. */
  private body = new Task(this, {
    task: async ([id, index]) => {
      if (!index) return undefined;
      const load = index.load[id];
      if (!load) throw new Error(`there is no guide "${id}"`);
      return (await load()).default.body;
    },
    args: () => [this.wanted(), this.index.value] as const,
  });

  private wanted() {
    return (this.guide ?? '').trim().toLowerCase();
  }

  constructor() {
    super();
    this.guide = '';
    this.headingLevel = 2;
  }

  override render() {
    const level = Math.min(Math.max(this.headingLevel || 2, 1), 5);
    const summary = this.index.value?.default.find((g) => g.id === this.wanted());
    const failed = this.index.status === TaskStatus.ERROR || this.body.status === TaskStatus.ERROR || (this.index.value && !summary);
    if (!summary) {
      return html`<section class="kit" part="base" aria-labelledby="title">
        <p class="title" id="title" role="heading" aria-level=${level} part="heading">Parental controls guide</p>
        ${renderEmergency()} ${this.index.value && !summary ? html`<p>There is no guide called “<bdi>${this.guide}</bdi>”.</p>` : nothing}
        ${renderEssentialHelp(failed ? 'failed' : 'loading')}
      </section>`;
    }
    const body = failed ? 'failed' : (this.body.value ?? 'loading');
    return html`<section class="kit" part="base" aria-labelledby="guide-title">${renderGuide(summary, body, level)}</section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-guide': SafeGuide;
  }
}
