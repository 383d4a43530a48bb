import { h } from '../../shared/dom.ts';
import { PlainElement } from '../../shared/plain-element.ts';
import { baseStyles } from '../../shared/base.styles.ts';
import { emergencyStyles } from '../../shared/essential-help.styles.ts';
import { drawBlocks, drawInline } from '../../shared/markdown.ts';
import { drawEmergency, drawEssentialHelp } from '../../shared/essential-help.ts';
import type { ResponseAudience, ResponseCard, School, ServiceContact } from '../../content/types.ts';
import { DSL_FALLBACK, drawContact, drawDslLinks, dslTitle, withSchool, type SchoolDsl } from './contacts.ts';
import { drawFlow, type FlowPlace } from './question-flow.ts';
import { responseCardStyles } from './response-card.styles.ts';

/** The school `school` names: its lookup (src/school/) is fetched only when a page names one. */
const schoolNamed = async (name: string): Promise<School | undefined> =>
  name ? (await import('../../school/load-school.ts')).loadSchool(name) : undefined;

/** Each audience's card and the services it names: a reader downloads only their own (src/build/content-chunks.ts). */
const CARDS: Record<ResponseAudience, () => Promise<typeof import('virtual:safe-content/response-*')>> = {
  staff: () => import('virtual:safe-content/response-staff'),
  parents: () => import('virtual:safe-content/response-parents'),
};

/** Shown before the content arrives, so the card is never blank. */
const LOADING_TITLE = 'Worried about a child online? What to do';

const toResponseAudience = (value: string | null | undefined): ResponseAudience =>
  /^(staff|teachers?|professionals?|school-staff)$/i.test((value ?? '').trim()) ? 'staff' : 'parents';

interface Loaded {
  cards: ResponseCard[];
  services: ServiceContact[];
  school: School | undefined;
}

/** What the element writes on itself when the page gives none, as it always has: a page's CSS or script may read them. */
const DEFAULTS = { audience: 'parents', variant: 'full' } as const;

/**
 * The quick-reference card for adults who learn of an online-safety incident: what to do and not do, who to
 * contact (the school's own designated safeguarding lead first), and "What should I do now?", a few yes/no
 * questions that end at a next step. From content/response/<audience>.md. Prints as one A4 page.
 *
 * @attr audience - `parents` (default; parents and carers) or `staff`.
 * @attr variant - `full` (default) or `short`: a few key points that fit a sidebar, with a button that opens the full card.
 * @attr dsl-name - The school's designated safeguarding lead, e.g. "Ms A Patel". Without it the card says "your school's designated safeguarding lead".
 * @attr dsl-phone - Their phone number, digits and spaces, e.g. "01234 567890" (shown as a tap-to-call link).
 * @attr dsl-email - Their e-mail address (shown as a link).
 * @attr school - The school's name in the council's list (content/schools/), e.g. `hillside-primary`: its lead, deputy, phone and e-mail fill in whatever `dsl-…` attributes are not given.
 * @attr heading-level - The level of the card's heading in the page's outline (default 2).
 * @csspart base - The card.
 * @csspart heading - The card's heading.
 * @csspart emergency - The "In immediate danger, call 999" line.
 * @csspart dsl - The school's safeguarding lead, wherever the card names them.
 * @csspart key-points - The short form's key points.
 * @csspart toggle - The short form's "Show the full card" button.
 * @csspart print - The "Print this card" button.
 * @csspart full - The card's reference text (hidden in the short form until opened); the questions come before it.
 * @csspart contact - Each contact in a list of contacts.
 * @csspart flow - The "What should I do now?" questions.
 * @csspart question - The question being asked.
 * @csspart answer - The Yes and No buttons.
 * @csspart outcome - The next step the answers lead to.
 * @csspart back - The Back button.
 * @csspart restart - The Start again button.
 * @csspart announcement - The hidden live region that tells screen readers of each new step.
 * @csspart source - The line naming the guidance the card is based on.
 * @csspart essential-help - The short list shown while loading, or if loading fails.
 *
 * Drawn with the kit's own DOM calls (src/shared/plain-element.ts): the card is drawn whole when it arrives or a setting changes;
 * what a reader does (answering, going back, opening the full card) changes those nodes in place, so their focus
 * and place are kept.
 */
export class SafeResponseCard extends PlainElement<Loaded> {
  // `theme` is read by the styles alone (src/shared/dark.styles.ts; PlainElement does not draw again for it).
  static observedAttributes = ['audience', 'variant', 'dsl-name', 'dsl-phone', 'dsl-email', 'school', 'theme', 'heading-level'];

  /** Where the reader is in the questions, for the card they were asked on: kept when the card is drawn again. */
  private place: FlowPlace & { card?: ResponseCard } = { answers: [] };
  /** Whether the short form's full card is open: kept when the card is drawn again. */
  private expanded = false;

  override connectedCallback() {
    for (const [name, value] of Object.entries(DEFAULTS)) if (!this.hasAttribute(name)) this.setAttribute(name, value);
    super.connectedCallback();
  }

  /** `heading-level`, 1 to 4 (default 2); the card's sections are one level below. */
  override get headingLevel(): number {
    return Math.min(super.headingLevel, 4);
  }

  private get cardAudience() {
    return toResponseAudience(this.getAttribute('audience'));
  }

  private get schoolName() {
    return (this.getAttribute('school') ?? '').trim();
  }

  /** The audience's card and the services it names are a chunk of their own, fetched when the card is first shown; the school's details too, if it names one. */
  protected contentKey() {
    return `${this.cardAudience} ${this.schoolName}`;
  }

  protected async load(): Promise<Loaded> {
    const [content, school] = await Promise.all([CARDS[this.cardAudience](), schoolNamed(this.schoolName)]);
    return { cards: content.default, services: content.contacts, school };
  }

  protected sheets() {
    return [baseStyles, emergencyStyles, responseCardStyles];
  }

  private get dsl(): SchoolDsl {
    const own = (name: string) => this.getAttribute(name) ?? undefined;
    return withSchool({ name: own('dsl-name')?.trim() || undefined, phone: own('dsl-phone'), email: own('dsl-email') }, this.value?.school);
  }

  private get short() {
    return (this.getAttribute('variant') ?? '').trim().toLowerCase() === 'short';
  }

  protected draw() {
    const card = this.status === 'error' ? undefined : this.value?.cards.find((c) => c.audience === this.cardAudience);
    // Another card's questions (the audience changed): start its path from the beginning.
    if (card && card !== this.place.card) this.place = { answers: [], card };
    const level = this.headingLevel;
    return h(
      'section',
      { class: `kit ${this.short ? 'short' : 'full-variant'}`, part: 'base', 'aria-labelledby': 'title', 'data-audience': card?.audience },
      h('p', { class: 'title', id: 'title', role: 'heading', 'aria-level': level, part: 'heading' }, card?.title ?? LOADING_TITLE),
      drawEmergency(),
      card ? this.drawCard(card, this.value!.services, level + 1) : drawEssentialHelp(this.status === 'pending' ? 'loading' : 'failed'),
    );
  }

  /**
   * The questions come first, straight after the emergency line, in both forms: an adult who has just learnt of an
   * incident, often on a phone, meets "What should I do now?" without scrolling. The reference text follows.
   */
  private drawCard(card: ResponseCard, services: ServiceContact[], level: number) {
    const short = this.short;
    const dsl = this.dsl;
    const summary = () => h('p', { class: 'summary' }, drawInline(card.summary));
    const full = h(
      'div',
      { class: 'full', id: 'full', part: 'full', hidden: short && !this.expanded },
      short && summary(),
      h('div', { class: 'advice' }, drawBlocks(card.body, level)),
      h(
        'div',
        { class: 'who' },
        h('p', { class: 'section-title', role: 'heading', 'aria-level': level }, 'Who to contact'),
        h('ul', { class: 'contacts', role: 'list' }, card.contacts.map((id) => drawContact(id, services, dsl, true))),
      ),
      h('p', { class: 'source', part: 'source' }, 'Source: ', h('a', { href: card.source }, new URL(card.source).hostname.replace(/^www\./, '')), `. Checked ${card.reviewed}.`),
    );
    return [
      drawFlow({ flow: card.flow, place: this.place, level, contact: (id) => drawContact(id, services, dsl) }),
      short
        ? [h('ul', { class: 'key-points', part: 'key-points' }, card.keyPoints.map((p) => h('li', null, drawInline(p)))), this.drawDslLine(dsl)]
        : [this.drawDslLine(dsl), summary()],
      h('div', { class: 'actions' }, short && this.drawToggle(full), h('button', { type: 'button', class: 'print secondary', part: 'print', onclick: () => this.print() }, 'Print this card')),
      full,
    ];
  }

  /** The short form's button: opens and closes the full card in place (the button keeps the focus). */
  private drawToggle(full: HTMLElement) {
    const toggle = h('button', { type: 'button', class: 'toggle', part: 'toggle', 'aria-controls': 'full' });
    const show = () => {
      toggle.setAttribute('aria-expanded', `${this.expanded}`);
      toggle.textContent = this.expanded ? 'Hide the full card' : 'Show the full card';
      full.hidden = !this.expanded;
    };
    toggle.addEventListener('click', () => {
      this.expanded = !this.expanded;
      show();
    });
    show();
    return toggle;
  }

  /** "Tell …": the school's lead, with their number and e-mail if the webmaster gave them. */
  private drawDslLine(dsl: SchoolDsl) {
    return h(
      'div',
      { class: 'dsl', part: 'dsl' },
      h('p', { class: 'dsl-title' }, 'Tell ', dsl.name || dsl.school ? h('strong', null, dslTitle(dsl)) : DSL_FALLBACK),
      (dsl.phone?.trim() || dsl.email?.trim()) && h('ul', { class: 'contact-links', role: 'list' }, drawDslLinks(dsl)),
    );
  }

  /**
   * Prints the card alone, not the school's page around it (see src/print/print-alone.ts, fetched when the reader
   * first prints, not with the card), and then puts it back. If the helper cannot load, the whole page prints.
   */
  private async print() {
    const alone = await import('../../print/print-alone.ts').catch(() => undefined);
    alone?.printAlone(this);
    if (alone) addEventListener('afterprint', () => alone.printingDone(this), { once: true });
    window.print();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-response-card': SafeResponseCard;
  }
}
