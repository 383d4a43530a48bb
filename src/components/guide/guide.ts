import { LitElement, html, nothing } from 'lit';
import { Loading, pendingStyles, whilePending } from '../../shared/loading.ts';
import { baseStyles } from '../../shared/base.styles.ts';
import { emergencyStyles } from '../../shared/essential-help.styles.ts';
import { renderEmergency, renderEssentialHelp } from '../../shared/essential-help.ts';
import { renderGuideStyles } from './render-guide.styles.ts';
import { renderGuide } from './render-guide.ts';
import { loadGuide } from './load-guide.ts';

/**
 * One parental-controls guide from content/guides/, anywhere on a page: what parents should know, then numbered
 * steps, when it was last checked and where the facts come from. Only this guide's own file is downloaded: not the
 * index of the guides, so a page with one guide pays the same whether the council keeps 20 guides or 1,000.
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
  static override styles = [baseStyles, emergencyStyles, renderGuideStyles, pendingStyles];
  static override properties = {
    // Read by the styles only (src/shared/dark.styles.ts): listed so that the element takes it as a setting.
    theme: {},
    guide: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  declare guide: string;
  declare headingLevel: number;

  /**
   * This guide's own file, found by its name alone: no index of the guides is fetched, however many the council
   * keeps (src/components/guide/load-guide.ts).
   */
  private file = new Loading(this, {
    task: async ([id]) => {
      try {
        return await loadGuide(id);
      } catch (e) {
        // For the webmaster: a reader sees the plain help either way, but a misspelt name never loads.
        console.warn(`safe-kit: <safe-guide> could not load the guide "${id}": check its name (content/guides/<name>.md, e.g. "tiktok"), or the kit's files on its host.`);
        throw e;
      }
    },
    args: () => [this.wanted()] as const,
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
    const guide = this.file.value;
    const failed = this.file.status === 'error';
    const missing = () => html`<section class="kit" part="base" aria-labelledby="title">
      <p class="title" id="title" role="heading" aria-level=${level} part="heading">Parental controls guide</p>
      ${renderEmergency()} ${failed ? html`<p>The guide “<bdi>${this.guide}</bdi>” could not load.</p>` : nothing}
      ${renderEssentialHelp(failed ? 'failed' : 'loading')}
    </section>`;
    // Until its file is here it shows what its tag held; then the guide, its name and text, in one change.
    const waiting = whilePending(this, !guide && !failed, missing);
    if (waiting) return waiting;
    if (!guide) return missing();
    return html`<section class="kit" part="base" aria-labelledby="guide-title">${renderGuide(guide, guide.body, level)}</section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-guide': SafeGuide;
  }
}
