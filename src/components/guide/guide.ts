import { h } from '../../shared/dom.ts';
import { PlainElement } from '../../shared/plain-element.ts';
import { baseStyles } from '../../shared/base.styles.ts';
import { emergencyStyles } from '../../shared/essential-help.styles.ts';
import { drawEmergency, drawEssentialHelp } from '../../shared/essential-help.ts';
import type { Guide } from '../../content/types.ts';
import { guideStyles } from './draw-guide.styles.ts';
import { drawGuide } from './draw-guide.ts';
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
 *
 * Drawn with the kit's own DOM calls (src/shared/plain-element.ts): a school may put a guide on any page, and nothing in it changes
 * once drawn.
 */
export class SafeGuide extends PlainElement<Guide> {
  // `theme` is read by the styles only (src/shared/dark.styles.ts).
  static observedAttributes = ['guide', 'heading-level', 'theme'];

  private get wanted() {
    return (this.getAttribute('guide') ?? '').trim().toLowerCase();
  }

  protected contentKey() {
    return this.wanted;
  }

  /**
   * This guide's own file, found by its name alone: no index of the guides is fetched, however many the council
   * keeps (src/components/guide/load-guide.ts).
   */
  protected async load() {
    const id = this.wanted;
    try {
      return await loadGuide(id);
    } catch (e) {
      // For the webmaster: a reader sees the plain help either way, but a misspelt name never loads.
      console.warn(`safe-kit: <safe-guide> could not load the guide "${id}": check its name (content/guides/<name>.md, e.g. "tiktok"), or the kit's files on its host.`);
      throw e;
    }
  }

  protected sheets() {
    return [baseStyles, emergencyStyles, guideStyles];
  }

  protected draw() {
    const level = this.headingLevel;
    // The guide the tag names now: while another is on its way (the `guide` setting changed), not the one before.
    const guide = this.value?.id === this.wanted ? this.value : undefined;
    const failed = this.status === 'error';
    if (guide && !failed) return h('section', { class: 'kit', part: 'base', 'aria-labelledby': 'guide-title' }, drawGuide(guide, guide.body, level));
    return h(
      'section',
      { class: 'kit', part: 'base', 'aria-labelledby': 'title' },
      h('p', { class: 'title', id: 'title', role: 'heading', 'aria-level': level, part: 'heading' }, 'Parental controls guide'),
      drawEmergency(),
      failed && h('p', null, 'The guide “', h('bdi', null, this.getAttribute('guide') ?? ''), '” could not load.'),
      drawEssentialHelp(failed ? 'failed' : 'loading'),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-guide': SafeGuide;
  }
}
