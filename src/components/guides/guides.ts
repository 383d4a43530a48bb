import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { drawn } from '../../shared/drawn.ts';
import { Loading, pendingStyles, whilePending } from '../../shared/loading.ts';
import { baseStyles } from '../../shared/base.styles.ts';
import { emergencyStyles } from '../../shared/essential-help.styles.ts';
import { drawInline } from '../../shared/markdown.ts';
import { drawEmergency, drawEssentialHelp } from '../../shared/essential-help.ts';
import type { Guide, GuideCard, GuideCategory } from '../../content/types.ts';
import { guideStyles } from '../guide/draw-guide.styles.ts';
import { CATEGORY_LABELS, longDate, drawGuide, drawMeta, drawUnderAge, underMinimumAge } from '../guide/draw-guide.ts';
import { guidesStyles } from './guides.styles.ts';
import { matches } from './fuzzy.ts';
import { guideInAddress, pushGuide, pushIndex, shareHref } from './address.ts';
import { loadGuide } from '../guide/load-guide.ts';
import { countText, searchText } from './count.ts';

const AGES = Array.from({ length: 15 }, (_, i) => i + 3);

/**
 * Parental-controls guides from content/guides/: a card per app, device or network with its minimum age, search as
 * you type (forgiving of typos), filters by type, and the child's age. Choosing an age never hides a guide: the
 * parents of a child under a platform's minimum age need its guide most, so it stays, marked "The minimum age is
 * 13", pointing to the guide's own section for a younger child who uses it anyway. Opening a guide shows its numbered steps
 * in place and puts `#guide=<id>` in the address, so the link can be shared and the back button returns to the
 * index. The list first downloads only what its first view shows (src/build/guides-index.ts): with many guides, the
 * first cards and a "Show all" button; the other cards arrive when a reader searches, chooses a type or shows them
 * all, and each guide's own file when it is opened.
 *
 * @attr heading-level - The level of the panel's heading in the page's outline (default 2).
 * @csspart base - The panel.
 * @csspart heading - The panel's heading.
 * @csspart search - The search box and filters.
 * @csspart count - The number of guides shown (read out to screen readers as it changes).
 * @csspart card - Each guide's card in the index.
 * @csspart age-badge - The minimum-age badge, on cards and guides.
 * @csspart made-for - "Made for children up to 12", for a platform built for younger children.
 * @csspart rating - The age rating (PEGI 7), never shown as a minimum age.
 * @csspart under-age - "The minimum age is 13", on a card (and an open guide) when the child chosen is younger.
 * @csspart checked - The date a guide was last checked, on its card.
 * @csspart back - The "All guides" button above an open guide.
 * @csspart more - The "Show all … guides" button under the first cards, when there are more than fit the first view.
 * @csspart guide - The open guide.
 * @csspart guide-heading - The open guide's name.
 * @csspart steps - The open guide's sections of numbered steps.
 * @csspart after-updates - The reminder to check the settings again after updates.
 * @csspart provenance - When the guide was last checked, and its source.
 * @csspart emergency - The "In immediate danger" line.
 * @csspart essential-help - The short list shown while loading, or if loading fails.
 */
export class SafeGuides extends LitElement {
  static override styles = [baseStyles, emergencyStyles, guideStyles, guidesStyles, pendingStyles];
  static override properties = {
    // Read by the styles only (src/shared/dark.styles.ts): listed so that the element takes it as a setting.
    theme: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    query: { state: true },
    category: { state: true },
    age: { state: true },
    open: { state: true },
    showAll: { state: true },
    restWanted: { state: true },
  };

  declare headingLevel: number;
  declare query: string;
  declare category: string;
  declare age: string;
  /** The guide shown, from the address; null shows the index. */
  declare open: string | null;
  /** The reader asked for every guide, not only the first view's. */
  declare showAll: boolean;
  /** How many times the other cards have been asked for: each ask after a failure tries again. */
  declare restWanted: number;

  /** Where focus goes after the next render: the open guide's heading, or the card of the guide just closed. */
  private focusNext: { guide: string; scrollOnly?: boolean } | { card: string } | { nth: number } | undefined;
  /** Whether this element put the open guide into the history, so "All guides" can step back instead. */
  private pushed = false;

  /** What the first view shows: its cards, how many guides there are, and where the others are. */
  private index = new Loading(this, {
    task: async () => import('virtual:safe-content/guides-index'),
    args: () => [],
  });

  /** Every other card, fetched only once a reader searches, chooses a type or asks for them all. */
  private rest = new Loading(this, {
    task: async ([wanted, load]) => (wanted && load ? (await load()).default : undefined),
    args: () => [this.restWanted, this.index.value?.rest] as const,
  });

  /** The open guide's own file: fetched beside the index, so a shared link waits for neither. */
  private file = new Loading(this, {
    task: async ([id]): Promise<Guide | undefined> => (id ? loadGuide(id) : undefined),
    args: () => [this.open] as const,
  });

  private readonly onAddress = () => {
    const id = guideInAddress();
    if (id === this.open) return;
    if (!id && this.open) this.focusNext = { card: this.open };
    else if (id) this.focusNext = { guide: id };
    if (!id) this.pushed = false;
    this.open = id;
  };

  constructor() {
    super();
    this.headingLevel = 2;
    this.query = '';
    this.category = '';
    this.age = '';
    this.open = guideInAddress();
    this.showAll = false;
    this.restWanted = 0;
  }

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('popstate', this.onAddress);
    addEventListener('hashchange', this.onAddress);
    this.open = guideInAddress();
    // Arriving from a shared link: bring the guide into view, as a browser does for a link to part of a page.
    if (this.open) this.focusNext = { guide: this.open, scrollOnly: true };
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onAddress);
    removeEventListener('hashchange', this.onAddress);
  }

  /** Every card the reader has, and whether that is every guide. */
  private cards(): { cards: GuideCard[]; complete: boolean } | undefined {
    const index = this.index.value;
    if (!index) return undefined;
    const rest = index.rest ? this.rest.value : [];
    return { cards: rest ? [...index.default, ...rest] : index.default, complete: Boolean(rest) };
  }

  /** Asks for the other cards, unless they are here or on their way; after a failure, asks again (a reader typing on). */
  private wantRest() {
    if (!this.index.value?.rest || this.rest.value || (this.restWanted && this.rest.status === 'pending')) return;
    this.restWanted++;
  }

  override render() {
    const level = Math.min(Math.max(this.headingLevel || 2, 1), 5);
    const list = this.cards();
    const id = this.open;
    const file = this.file.value?.id === id ? this.file.value : undefined;
    const card = id ? list?.cards.find((g) => g.id === id) : undefined;
    const failed = this.file.status === 'error';
    // No such guide: not in the whole list, or its file failed and no card names it.
    const unknown = Boolean(id && !file && ((list?.complete && !card) || (failed && !card)));
    const opened = Boolean(id && !unknown);
    // Until the first view (or a shared link's guide) is here, it shows what its tag held, unchanged.
    const loading = () => html`<section class="kit" part="base" aria-labelledby="title">
      <p class="title" id="title" role="heading" aria-level=${level} part="heading">Parental controls: step-by-step guides</p>
      ${drawn(drawEmergency)}${drawn(drawEssentialHelp, 'loading')}
    </section>`;
    return whilePending(this, this.index.status === 'pending' && !file, loading) ?? html`<section class="kit" part="base" aria-labelledby="title">
      <p class="title" id="title" role="heading" aria-level=${level} part="heading">Parental controls: step-by-step guides</p>
      ${file ? nothing : this.index.render({
        pending: () => html`${drawn(drawEmergency)}${drawn(drawEssentialHelp, 'loading')}`,
        error: () => html`${drawn(drawEmergency)}${drawn(drawEssentialHelp, 'failed')}`,
        complete: () => nothing,
      })}
      ${opened && (file || list) ? this.renderOpen(file ?? card, file ? file.body : failed ? 'failed' : 'loading', level + 1) : nothing}
      ${list ? this.renderIndex(list.cards, list.complete, level + 1, opened, unknown) : nothing}
    </section>`;
  }

  /**
   * The open guide; while a guide beyond the first view is on its way (the list is here, its card is not), the help
   * while it loads. Before the list, the panel's own loading help stands for both.
   */
  private renderOpen(guide: Guide | GuideCard | undefined, body: Guide['body'] | 'loading' | 'failed', level: number) {
    const age = this.age ? Number(this.age) : undefined;
    return html`<div class="open">
      <button type="button" class="back" part="back" @click=${this.close}>All guides</button>
      ${guide && underMinimumAge(guide, age) ? drawn(drawUnderAge, guide) : nothing}
      ${guide ? drawn(drawGuide, guide, body, level) : html`${drawn(drawEmergency)}${drawn(drawEssentialHelp, 'loading')}`}
    </div>`;
  }

  private renderIndex(all: GuideCard[], complete: boolean, level: number, hidden: boolean, unknown: boolean) {
    const age = this.age ? Number(this.age) : undefined;
    const total = this.index.value!.total;
    // The first view, until the reader searches, chooses a type or asks for every guide.
    const firstView = !this.showAll && !this.query.trim() && !this.category;
    const limited = firstView && !complete;
    const shown = limited ? all : all.filter((g) => (!this.category || g.category === this.category) && matches(this.query, searchText(g)));
    const tooYoung = shown.filter((g) => underMinimumAge(g, age)).length;
    const fetching = !limited && !complete && this.rest.status !== 'error';
    const restFailed = !limited && !complete && this.rest.status === 'error';
    return html`<div class="index" ?hidden=${hidden}>
      ${unknown
        ? html`<p class="notice">${complete
            ? html`There is no guide called “${this.open}”. Choose one from the list.`
            : html`The guide “${this.open}” could not load, or there is no guide of that name. Search for it in the list.`}</p>`
        : nothing}
      <p class="intro">Find the app, game or device your child uses, and follow the steps. Set the controls up with your child, so they know what is changing and why.</p>
      <div class="search" part="search" role="search">
        <div class="field field-query">
          <label for="query">Search for an app, game or device</label>
          <input id="query" type="search" autocomplete="off" spellcheck="false" .value=${this.query} @input=${this.onQuery} />
        </div>
        <div class="field">
          <label for="category">Type</label>
          <select id="category" @change=${this.onCategory}>
            <option value="" ?selected=${!this.category}>All types</option>
            ${(Object.keys(CATEGORY_LABELS) as GuideCategory[]).map((c) => html`<option value=${c} ?selected=${this.category === c}>${CATEGORY_LABELS[c]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="age">Your child's age</label>
          <select id="age" @change=${this.onAge}>
            <option value="" ?selected=${!this.age}>Any age</option>
            ${AGES.map((a) => html`<option value=${a} ?selected=${this.age === String(a)}>${a}</option>`)}
          </select>
        </div>
      </div>
      <p class="count" role="status" part="count">${fetching
        ? `Looking through all ${total.toLocaleString('en-GB')} guides…`
        : `${countText(shown.length, age, tooYoung, limited ? total : undefined)}${restFailed ? ` Only the first ${all.length} of ${total.toLocaleString('en-GB')} guides are here: the others could not load.` : ''}`}</p>
      ${restFailed ? html`${drawn(drawEmergency)}${drawn(drawEssentialHelp, 'failed')}` : nothing}
      <ul class="cards" role="list">
        ${shown.map((g) => this.renderCard(g, level, age))}
      </ul>
      ${limited || (fetching && this.showAll)
        ? html`<button type="button" class="more" part="more" @click=${this.onShowAll}>Show all ${total.toLocaleString('en-GB')} guides</button>`
        : nothing}
    </div>`;
  }

  private renderCard(guide: GuideCard, level: number, age: number | undefined) {
    return html`<li class="card" part="card" data-guide=${guide.id}>
      <p class="card-title" role="heading" aria-level=${level}>
        <a href=${shareHref(guide.id)} @click=${(e: MouseEvent) => this.onOpen(e, guide.id)}>${guide.name}</a>
      </p>
      ${drawn(drawMeta, guide)}
      ${underMinimumAge(guide, age) ? drawn(drawUnderAge, guide) : nothing}
      <p class="card-summary">${drawn(drawInline, guide.summary)}</p>
      <p class="card-checked" part="checked">Checked on <time datetime=${guide.reviewed}>${longDate(guide.reviewed)}</time></p>
    </li>`;
  }

  private onQuery(e: InputEvent) {
    this.query = (e.target as HTMLInputElement).value;
    if (this.query.trim()) this.wantRest();
  }

  private onCategory(e: Event) {
    this.category = (e.target as HTMLSelectElement).value;
    if (this.category) this.wantRest();
  }

  /** Every guide: focus goes to the first card the reader had not seen, once it is there. */
  private onShowAll() {
    this.focusNext = { nth: this.cards()?.cards.length ?? 0 };
    this.showAll = true;
    this.wantRest();
  }

  private onAge(e: Event) {
    this.age = (e.target as HTMLSelectElement).value;
  }

  private onOpen(e: MouseEvent, id: string) {
    // A new tab or window (Ctrl, Cmd, Shift, middle click) opens the shared address as it is.
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    pushGuide(id);
    this.pushed = true;
    this.focusNext = { guide: id };
    this.open = id;
  }

  private close() {
    const id = this.open;
    if (this.pushed) {
      // Opened here: step back, so the browser's back button does not reopen it.
      history.back();
      return;
    }
    pushIndex();
    this.focusNext = id ? { card: id } : undefined;
    this.open = null;
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    const next = this.focusNext;
    if (!next) return;
    const root = this.shadowRoot!;
    if ('nth' in next) {
      // The first card the reader had not seen, once the others have arrived; if they could not, the search box,
      // after the message that says so.
      const card = root.querySelectorAll<HTMLElement>('.card a')[next.nth];
      const failed = this.rest.status === 'error';
      if (card || failed) this.focusNext = undefined;
      (card ?? (failed ? root.querySelector<HTMLElement>('#query') : undefined))?.focus();
      return;
    }
    const target =
      'guide' in next
        ? root.querySelector<HTMLElement>(`[data-guide="${next.guide}"] .guide-title`)
        : root.querySelector<HTMLElement>(`.card[data-guide="${next.card}"] a`) ?? root.querySelector<HTMLElement>('#query');
    if (!target) return;
    this.focusNext = undefined;
    if ('guide' in next && next.scrollOnly) {
      target.scrollIntoView({ block: 'start' });
      return;
    }
    target.focus();
    if ('guide' in next) target.scrollIntoView({ block: 'nearest' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-guides': SafeGuides;
  }
}
