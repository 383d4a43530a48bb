import { fragment, h } from '../../shared/dom.ts';
import { PlainElement } from '../../shared/plain-element.ts';
import { baseStyles } from '../../shared/base.styles.ts';
import { emergencyStyles } from '../../shared/essential-help.styles.ts';
import { drawEmergency, drawEssentialHelp } from '../../shared/essential-help.ts';
import type { Guide, GuideCard } from '../../content/types.ts';
import { guideStyles } from '../guide/draw-guide.styles.ts';
import { drawGuide, drawUnderAge, underMinimumAge } from '../guide/draw-guide.ts';
import { loadGuide } from '../guide/load-guide.ts';
import { guidesStyles } from './guides.styles.ts';
import { matcher } from './fuzzy.ts';
import { guideInAddress, pushGuide, pushIndex } from './address.ts';
import { countText, searchText } from './count.ts';
import { type Choices, drawCard, drawSearch } from './draw-index.ts';
import { type FocusNext, moveFocus } from './focus.ts';

type Index = typeof import('virtual:safe-content/guides-index');

/** The nodes a reader's choices change, kept from the last whole draw (each on the page only while it is wanted). */
interface Parts {
  /** The panel heading's level. */
  level: number;
  /** The open guide, under its "All guides" button. */
  open: HTMLElement;
  back: HTMLElement;
  /**
   * Once the first view is here, the list (hidden while a guide is open) and what changes in it: the notice of an
   * unknown guide, the count, the cards, "Show all", and the help shown when the other cards could not load.
   */
  index?: HTMLElement;
  notice: HTMLElement;
  count: HTMLElement;
  cards: HTMLElement;
  more: HTMLElement;
  help: ChildNode[];
}

/** Puts `node` on the page, `where` beside `next`, if `wanted` (unless it is there), or else takes it off. */
const put = (node: ChildNode, wanted: unknown, next: ChildNode & ParentNode, where: 'before' | 'after' | 'prepend') =>
  wanted ? node.parentNode || next[where](node) : node.remove();

/** Sets a node's text only when it changes: a live region is read out again when its text is replaced. */
const setText = (node: Node, text: string) => {
  if (node.textContent !== text) node.textContent = text;
};

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
 *
 * Drawn with the kit's own DOM calls (src/shared/plain-element.ts): the whole is drawn when the list arrives or a setting changes;
 * what a reader does (typing, choosing, opening a guide) changes only the nodes it concerns, so the search box
 * keeps its text, caret and focus while the cards below it change.
 */
export class SafeGuides extends PlainElement<Index> implements Choices {
  // `theme` is read by the styles only (src/shared/dark.styles.ts).
  static observedAttributes = ['heading-level', 'theme'];

  query = '';
  category = '';
  age = '';
  /** The guide shown, from the address; null shows the list. */
  open: string | null = null;
  /** The reader asked for every guide, not only the first view's. */
  private showAll = false;
  /** Every other card, fetched only once a reader searches, chooses a type or asks for them all. */
  private rest: GuideCard[] | undefined;
  private restState: 'pending' | 'failed' | undefined;
  /** The guides opened, by name, from their own files (null: the file could not load). */
  private files = new Map<string, Guide | null>();
  /** Where focus goes once it can: the open guide's heading, the card of the guide just closed, the nth card. */
  private focusNext: FocusNext | undefined;
  /** Whether this element put the open guide into the history, so "All guides" can step back instead. */
  private pushed = false;
  private parts: Parts | undefined;
  /** What the open guide was drawn from: it is drawn again only when that changes. */
  private openKey: string | undefined;
  /** What the cards were drawn for: they are drawn again only when the guides shown or the child's age change. */
  private cardsKey: string | undefined;

  private readonly onAddress = () => {
    const id = guideInAddress();
    if (id === this.open) return;
    if (!id && this.open) this.focusNext = { card: this.open };
    else if (id) this.focusNext = { guide: id };
    if (!id) this.pushed = false;
    this.setOpen(id);
  };

  override connectedCallback() {
    const first = !this.shadowRoot;
    super.connectedCallback();
    // The back and forward buttons, and a link to `#guide=…` (a browser fires popstate for both).
    addEventListener('popstate', this.onAddress);
    const id = guideInAddress();
    // Arriving from a shared link: bring the guide into view, as a browser does for a link to part of a page (not
    // when a page's script only moves the list: the page stays where the reader is).
    if (id && first) this.focusNext = { guide: id, scrollOnly: true };
    this.setOpen(id);
  }

  disconnectedCallback() {
    removeEventListener('popstate', this.onAddress);
  }

  protected contentKey() {
    return '';
  }

  /**
   * The content: what the first view shows (its cards, how many guides there are, and where the others are). A
   * shared link's guide is fetched beside it, as soon as the element is on the page (`setOpen`).
   */
  protected load() {
    return import('virtual:safe-content/guides-index');
  }

  protected sheets() {
    return [baseStyles, emergencyStyles, guideStyles, guidesStyles];
  }

  /** The open guide's own file: undefined while it is on its way, null if it could not load. */
  private openFile() {
    return this.files.get(this.open!);
  }

  protected draw() {
    const level = this.headingLevel;
    const index = this.value;
    const file = this.openFile();
    const back = h('button', { type: 'button', class: 'back', part: 'back', onclick: () => this.close() }, 'All guides');
    const total = index?.total.toLocaleString('en-GB');
    const parts: Parts = (this.parts = {
      level,
      back,
      open: h('div', { class: 'open' }, back),
      notice: h('p', { class: 'notice' }),
      count: h('p', { class: 'count', role: 'status', part: 'count' }),
      cards: h('ul', { class: 'cards', role: 'list' }),
      more: h('button', { type: 'button', class: 'more', part: 'more', onclick: () => this.onShowAll() }, `Show all ${total} guides`),
      help: [...fragment(drawEmergency(), drawEssentialHelp('failed')).childNodes],
    });
    this.openKey = undefined;
    this.cardsKey = undefined;
    // Once the nodes drawn are on the page.
    queueMicrotask(() => this.moveFocus());
    const section = h(
      'section',
      { class: 'kit', part: 'base', 'aria-labelledby': 'title' },
      h('p', { class: 'title', id: 'title', role: 'heading', 'aria-level': level, part: 'heading' }, 'Parental controls: step-by-step guides'),
    );
    if (!index) {
      // The list could not load: a shared link's guide if it could, or else the plain help.
      if (!file) section.append(drawEmergency(), drawEssentialHelp(this.status === 'error' ? 'failed' : 'loading'));
      else {
        section.append(parts.open);
        this.drawOpen(file, file.body);
      }
      return section;
    }
    parts.index = h(
      'div',
      { class: 'index' },
      h('p', { class: 'intro' }, 'Find the app, game or device your child uses, and follow the steps. Set the controls up with your child, so they know what is changing and why.'),
      drawSearch(this, (what, value) => this.choose(what, value)),
      parts.count,
      parts.cards,
    );
    section.append(parts.index);
    this.refresh();
    return section;
  }

  /** Draws again what the reader's choices, the address and the files arrived change, in place. */
  private refresh() {
    const { parts, value: index } = this;
    if (!parts?.index || !index) return void this.requestUpdate();
    const id = this.open;
    const age = Number(this.age) || undefined;
    const rest = index.rest ? this.rest : [];
    const all = rest ? [...index.default, ...rest] : index.default;
    const complete = Boolean(rest);
    const file = this.openFile();
    const card = id ? all.find((g) => g.id === id) : undefined;
    const failed = file === null;
    // No such guide: not in the whole list, or its file failed and no card names it.
    const unknown = Boolean(id && !file && !card && (complete || failed));
    const opened = Boolean(id && !unknown);
    put(parts.open, opened, parts.index, 'before');
    if (opened) this.drawOpen(file ?? card, file ? file.body : failed ? 'failed' : 'loading');
    parts.index.hidden = opened;
    const notice = !unknown
      ? ''
      : complete
        ? `There is no guide called “${id}”. Choose one from the list.`
        : `The guide “${id}” could not load, or there is no guide of that name. Search for it in the list.`;
    setText(parts.notice, notice);
    put(parts.notice, notice, parts.index, 'prepend');

    const total = index.total.toLocaleString('en-GB');
    // The first view, until the reader searches, chooses a type or asks for every guide.
    const limited = !this.showAll && !this.query.trim() && !this.category && !complete;
    const match = matcher(this.query);
    const shown = limited ? all : all.filter((g) => (!this.category || g.category === this.category) && match(searchText(g)));
    const tooYoung = shown.filter((g) => underMinimumAge(g, age)).length;
    const fetching = !limited && !complete && this.restState !== 'failed';
    const restFailed = !limited && !complete && !fetching;
    setText(
      parts.count,
      fetching
        ? `Looking through all ${total} guides…`
        : `${countText(shown.length, age, tooYoung, limited ? index.total : undefined)}${restFailed ? ` Only the first ${all.length} of ${total} guides are here: the others could not load.` : ''}`,
    );
    for (const node of parts.help) put(node, restFailed, parts.cards, 'before');
    const cardsKey = `${age} ${shown.map((g) => g.id)}`;
    if (cardsKey !== this.cardsKey) {
      this.cardsKey = cardsKey;
      // A reader on a card when the others arrive stays on it (its new node), wherever it now is in the list.
      const on = this.shadowRoot?.activeElement?.closest<HTMLElement>('.card')?.dataset.guide;
      parts.cards.replaceChildren(...shown.map((g) => drawCard(g, parts.level + 1, age, (e) => this.onOpen(e as MouseEvent, g.id))));
      if (on) parts.cards.querySelector<HTMLElement>(`[data-guide="${on}"] a`)?.focus({ preventScroll: true });
    }
    put(parts.more, limited || (fetching && this.showAll), parts.cards, 'after');
    if (parts.index.isConnected) this.moveFocus();
  }

  /**
   * The open guide under "All guides": the guide from its own file, or from its card while the file is on its way
   * (or could not load); the help while a guide beyond the cards here loads. Drawn again only when one of those
   * changes; the heading that had focus has it again.
   */
  private drawOpen(guide: Guide | GuideCard | undefined, body: Guide['body'] | 'loading' | 'failed') {
    const { back, open, level } = this.parts!;
    const age = Number(this.age) || undefined;
    const key = `${guide?.id} ${Array.isArray(body) || body} ${age}`;
    if (key === this.openKey) return;
    this.openKey = key;
    const focused = this.shadowRoot?.activeElement;
    const id = focused && focused !== back && open.contains(focused) ? focused.id : '';
    while (back.nextSibling) back.nextSibling.remove();
    back.after(
      fragment(
        guide && underMinimumAge(guide, age) && drawUnderAge(guide),
        guide ? drawGuide(guide, body, level + 1) : [drawEmergency(), drawEssentialHelp('loading')],
      ),
    );
    if (id) this.shadowRoot!.getElementById(id)?.focus({ preventScroll: true });
  }

  /** Opens a guide (or the list, for null), fetching its own file unless it is here. */
  private setOpen(id: string | null) {
    this.open = id;
    // Fetched unless it is here; after a failure, tried again.
    if (id && !this.openFile()) {
      this.files.delete(id);
      loadGuide(id)
        .then(
          (guide) => this.files.set(id, guide),
          () => this.files.set(id, null),
        )
        .then(() => this.refresh());
    }
    this.refresh();
  }

  /** Asks for the other cards, unless they are here or on their way; after a failure, asks again (a reader typing on). */
  private wantRest() {
    const load = this.value?.rest;
    if (!load || this.rest || this.restState === 'pending') return;
    this.restState = 'pending';
    load()
      .then(
        (m) => ((this.rest = m.default), (this.restState = undefined)),
        () => (this.restState = 'failed'),
      )
      .then(() => this.refresh());
  }

  /** The reader typed, or chose a type or an age: the cards change, the search box is left as it is. */
  private choose(what: keyof Choices, value: string) {
    // The reader has moved on: focus is not taken from them later (by "Show all", still loading).
    this.focusNext = undefined;
    this[what] = value;
    if (value.trim() && what !== 'age') this.wantRest();
    this.refresh();
  }

  /** Every guide: focus goes to the first card the reader had not seen, once it is there. */
  private onShowAll() {
    this.focusNext = { nth: this.value?.default.length ?? 0 };
    this.showAll = true;
    this.wantRest();
    this.refresh();
  }

  private onOpen(e: MouseEvent, id: string) {
    // A new tab or window (Ctrl, Cmd, Shift, middle click) opens the shared address as it is.
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    pushGuide(id);
    this.pushed = true;
    this.focusNext = { guide: id };
    this.setOpen(id);
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
    this.setOpen(null);
  }

  /** Moves focus where `focusNext` says, once what it names is drawn. */
  private moveFocus() {
    if (this.focusNext && this.shadowRoot) this.focusNext = moveFocus(this.shadowRoot, this.focusNext, this.restState === 'failed');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-guides': SafeGuides;
  }
}
