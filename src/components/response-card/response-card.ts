import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { drawn } from '../../shared/drawn.ts';
import { Loading, pendingStyles, whilePending } from '../../shared/loading.ts';
import { baseStyles } from '../../shared/base.styles.ts';
import { emergencyStyles } from '../../shared/essential-help.styles.ts';
import { drawBlocks, drawInline } from '../../shared/markdown.ts';
import { drawEmergency, drawEssentialHelp } from '../../shared/essential-help.ts';
import type { ResponseAudience, ResponseCard, ServiceContact } from '../../content/types.ts';
import { DSL_FALLBACK, dslTitle, renderContact, renderDslLinks, withSchool, type SchoolDsl } from './contacts.ts';
import type { School } from '../../content/types.ts';
import { announce, renderFlow, type Answer } from './question-flow.ts';
import { responseCardStyles } from './response-card.styles.ts';

/** The school `school` names: its lookup (src/school/) is fetched only when a page names one. */
const schoolNamed = async (name: string | undefined): Promise<School | undefined> =>
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
 */
export class SafeResponseCard extends LitElement {
  static override styles = [baseStyles, emergencyStyles, responseCardStyles, pendingStyles];
  static override properties = {
    // Read by the styles only (src/shared/dark.styles.ts): listed so that the element takes it as a setting.
    theme: {},
    audience: { reflect: true },
    variant: { reflect: true },
    dslName: { attribute: 'dsl-name' },
    dslPhone: { attribute: 'dsl-phone' },
    dslEmail: { attribute: 'dsl-email' },
    school: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    expanded: { state: true },
    answers: { state: true },
    announcement: { state: true },
  };

  declare audience: string;
  declare variant: string;
  declare dslName: string | undefined;
  declare dslPhone: string | undefined;
  declare dslEmail: string | undefined;
  declare school: string | undefined;
  declare headingLevel: number;
  declare private expanded: boolean;
  declare private answers: Answer[];
  declare private announcement: string;

  /** The audience's card and the services it names are a chunk of their own, fetched when the card is first shown; the school's details too, if it names one. */
  private content = new Loading(this, {
    task: async ([schoolName, audience]: [string | undefined, ResponseAudience]) => {
      const [content, school] = await Promise.all([CARDS[audience](), schoolNamed(schoolName)]);
      return { cards: content.default, services: content.contacts, school };
    },
    args: () => [this.school, toResponseAudience(this.audience)] as [string | undefined, ResponseAudience],
  });

  constructor() {
    super();
    this.audience = 'parents';
    this.variant = 'full';
    this.headingLevel = 2;
    this.expanded = false;
    this.answers = [];
    this.announcement = '';
  }

  private get dsl(): SchoolDsl {
    return withSchool({ name: this.dslName?.trim() || undefined, phone: this.dslPhone, email: this.dslEmail }, this.content.value?.school);
  }

  private get short() {
    return this.variant?.trim().toLowerCase() === 'short';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // Another card's questions: start its path from the beginning.
    if (changed.has('audience') && changed.get('audience') !== undefined) {
      this.answers = [];
      this.announcement = '';
    }
  }

  override render() {
    const level = Math.min(Math.max(this.headingLevel || 2, 1), 4);
    const loading = () => this.renderFrame(LOADING_TITLE, drawn(drawEssentialHelp, 'loading'));
    return whilePending(this, this.content.status === 'pending', loading) ?? this.content.render({
      error: () => this.renderFrame(LOADING_TITLE, drawn(drawEssentialHelp, 'failed')),
      complete: ({ cards, services }) => {
        const card = cards.find((c) => c.audience === toResponseAudience(this.audience));
        if (!card) return this.renderFrame(LOADING_TITLE, drawn(drawEssentialHelp, 'failed'));
        return this.renderFrame(card.title, this.renderCard(card, services, level + 1), card.audience);
      },
    });
  }

  private renderFrame(title: string, inside: unknown, audience?: ResponseAudience) {
    const level = Math.min(Math.max(this.headingLevel || 2, 1), 4);
    return html`<section class="kit ${this.short ? 'short' : 'full-variant'}" part="base" aria-labelledby="title" data-audience=${audience ?? nothing}>
      <p class="title" id="title" role="heading" aria-level=${level} part="heading">${title}</p>
      ${drawn(drawEmergency)} ${inside}
    </section>`;
  }

  /**
   * The questions come first, straight after the emergency line, in both forms: an adult who has just learnt of an
   * incident, often on a phone, meets "What should I do now?" without scrolling. The reference text follows.
   */
  private renderCard(card: ResponseCard, services: ServiceContact[], level: number) {
    const short = this.short;
    const contact = (id: string) => renderContact(id, services, this.dsl);
    return html`${renderFlow({
        flow: card.flow,
        answers: this.answers,
        level,
        announcement: this.announcement,
        contact,
        onAnswer: (answer) => this.go([...this.answers, answer], card),
        onBack: () => this.go(this.answers.slice(0, -1), card, 'Back. '),
        onRestart: () => this.go([], card, 'Started again. '),
      })}
      ${short
        ? html`<ul class="key-points" part="key-points">${card.keyPoints.map((p) => html`<li>${drawn(drawInline, p)}</li>`)}</ul>
            ${this.renderDslLine()}`
        : html`${this.renderDslLine()}<p class="summary">${drawn(drawInline, card.summary)}</p>`}
      <div class="actions">
        ${short
          ? html`<button type="button" class="toggle" part="toggle" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="full" @click=${this.toggle}>
              ${this.expanded ? 'Hide the full card' : 'Show the full card'}
            </button>`
          : nothing}
        <button type="button" class="print secondary" part="print" @click=${this.print}>Print this card</button>
      </div>
      <div class="full" id="full" part="full" ?hidden=${short && !this.expanded}>
        ${short ? html`<p class="summary">${drawn(drawInline, card.summary)}</p>` : nothing}
        <div class="advice">${drawn(drawBlocks, card.body, level)}</div>
        <div class="who">
          <p class="section-title" role="heading" aria-level=${level}>Who to contact</p>
          <ul class="contacts" role="list">${card.contacts.map((id) => renderContact(id, services, this.dsl, true))}</ul>
        </div>
        <p class="source" part="source">
          Source: <a href=${card.source}>${new URL(card.source).hostname.replace(/^www\./, '')}</a>. Checked ${card.reviewed}.
        </p>
      </div>`;
  }

  /** "Tell …": the school's lead, with their number and e-mail if the webmaster gave them. */
  private renderDslLine() {
    const dsl = this.dsl;
    return html`<div class="dsl" part="dsl">
      <p class="dsl-title">Tell ${dsl.name || dsl.school ? html`<strong>${dslTitle(dsl)}</strong>` : DSL_FALLBACK}</p>
      ${dsl.phone?.trim() || dsl.email?.trim() ? html`<ul class="contact-links" role="list">${renderDslLinks(dsl)}</ul>` : nothing}
    </div>`;
  }

  private toggle() {
    this.expanded = !this.expanded;
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

  /** Moves to a new step: the reader's focus goes to its heading, and a screen reader hears it. */
  private async go(answers: Answer[], card: ResponseCard, before = '') {
    this.answers = answers;
    this.announcement = announce(card.flow, answers, before);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-response-card': SafeResponseCard;
  }
}
