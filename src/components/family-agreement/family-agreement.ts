import { LitElement, html, nothing } from 'lit';
import { drawn } from '../../shared/drawn.ts';
import { Loading, pendingStyles, whilePending } from '../../shared/loading.ts';
// live(): a box the reader ticked by hand must still follow a new age band's suggestions in the same update.
import { live } from 'lit/directives/live.js';
import { baseStyles } from '../../shared/base.styles.ts';
import { drawBlocks, drawInline, telHref } from '../../shared/markdown.ts';
import { drawEmergency, drawEssentialHelp } from '../../shared/essential-help.ts';
import { emergencyStyles } from '../../shared/essential-help.styles.ts';
import type { AgeBand, AgreementGroupContent as AgreementGroup, Inline, Promiser } from '../../content/types.ts';
import { AGE_BANDS } from '../../content/age-bands.ts';
import { familyAgreementStyles } from './family-agreement.styles.ts';
import { ownLines, renderPrintout } from './printout.ts';
/** Printing the agreement alone (src/print/): fetched when the family first prints, not with the agreement. */
type PrintAlone = typeof import('../../print/print-alone.ts');

const DEVICES = { phone: 'phone', tablet: 'tablet', console: 'games console' } as const;
type Device = keyof typeof DEVICES;

const SIDES: { who: Promiser; title: string; own: string }[] = [
  { who: 'child', title: 'Promises for the child', own: 'The child’s own promises' },
  { who: 'parent', title: 'Promises for the parent or carer', own: 'The parent’s or carer’s own promises' },
];

/** A promise's key: its group's file name and its place in the group, from 0. */
const keyOf = (group: AgreementGroup, index: number) => `${group.id}/${index}`;

/** Puts the chosen device into `{device}` in a promise's text. */
function withDevice(nodes: Inline[], device: string): Inline[] {
  return nodes.map((n) =>
    n.type === 'text' ? { ...n, text: n.text.replaceAll('{device}', device) } : 'children' in n ? { ...n, children: withDevice(n.children, device) } : n,
  );
}

/** Today as YYYY-MM-DD in the reader's own time zone. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const plural = (n: number) => `${n} promise${n === 1 ? '' : 's'}`;

/**
 * A family agreement for a child's first phone, tablet or games console: suggested promises for the child and for
 * the parent or carer (from content/agreement/), preselected for the child's age; the family's own promises,
 * names and the date; then printed, or saved as a PDF, on one page with lines to sign. Nothing typed is stored
 * or sent anywhere: it lives in the page until the page is closed.
 *
 * @attr age - The age band chosen at first: `under-8`, `8-11`, `12-15` or `16-plus`. Default: none (the family chooses).
 * @attr device - `phone` (default), `tablet` or `console`: the word used in the promises.
 * @attr heading-level - The level of the agreement's heading in the page's outline (default 2).
 * @attr today - The date filled in at first, YYYY-MM-DD. Default: today's date on the reader's device.
 * @csspart base - The whole agreement.
 * @csspart heading - Its heading.
 * @csspart form - Everything the family fills in (hidden in print).
 * @csspart group - Each group of suggested promises.
 * @csspart print-button - The "Print or save as PDF" button.
 * @csspart printout - The printed agreement (shown in print only).
 * @csspart essential-help - The short list shown while loading, or if loading fails.
 * @cssproperty --safe-color-button - The print button's colour (white text on it). Default: #00703c.
 * @cssproperty --safe-color-hint - Hint text under a question (keep 4.5:1 against the background). Default: #505a5f.
 */
export class SafeFamilyAgreement extends LitElement {
  static override styles = [baseStyles, emergencyStyles, familyAgreementStyles, pendingStyles];
  static override properties = {
    // Read by the styles only (src/shared/dark.styles.ts): listed so that the element takes it as a setting.
    theme: {},
    age: { reflect: true },
    device: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    today: {},
    chosen: { state: true },
    announcement: { state: true },
    childName: { state: true },
    parentNames: { state: true },
    date: { state: true },
    own: { state: true },
  };

  declare age: string;
  declare device: string;
  declare headingLevel: number;
  declare today: string;
  /** The promises ticked by hand; undefined while the age band's suggestions stand. */
  declare chosen: Set<string> | undefined;
  declare announcement: string;
  declare childName: string;
  declare parentNames: [string, string];
  declare date: string | undefined;
  declare own: Record<Promiser, string>;

  private groups = new Loading(this, {
    task: async () => (await import('virtual:safe-content/agreement')).default,
    args: () => [],
  });

  private printAlone: PrintAlone | undefined;
  private readonly onAfterPrint = () => this.printAlone?.printingDone(this);

  constructor() {
    super();
    this.age = '';
    this.device = 'phone';
    this.headingLevel = 2;
    this.today = '';
    this.chosen = undefined;
    this.announcement = '';
    this.childName = '';
    this.parentNames = ['', ''];
    this.date = undefined;
    this.own = { child: '', parent: '' };
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.printAlone?.printingDone(this);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    // A new age band brings its own suggestions in place of the ticks made before.
    if (changed.has('age')) this.chosen = undefined;
  }

  private get band() {
    return AGE_BANDS.find((b) => b.id === this.age.trim().toLowerCase());
  }

  private get deviceWord(): string {
    return DEVICES[this.device as Device] ?? DEVICES.phone;
  }

  private isChosen(group: AgreementGroup, index: number): boolean {
    if (this.chosen) return this.chosen.has(keyOf(group, index));
    const band = this.band;
    return band ? group.promises[index].ages.includes(band.id) : false;
  }

  private countChosen(groups: AgreementGroup[]): number {
    return groups.reduce((n, g) => n + g.promises.filter((_, i) => this.isChosen(g, i)).length, 0);
  }

  private chooseAge(band: AgeBand, groups: AgreementGroup[]) {
    this.age = band;
    this.chosen = undefined;
    const phrase = AGE_BANDS.find((b) => b.id === band)!.phrase;
    this.announcement = `${plural(this.countChosen(groups))} chosen for ${phrase}`;
  }

  private toggle(groups: AgreementGroup[], key: string, on: boolean) {
    const chosen = new Set(groups.flatMap((g) => g.promises.map((_, i) => keyOf(g, i)).filter((_, i) => this.isChosen(g, i))));
    if (on) chosen.add(key);
    else chosen.delete(key);
    this.chosen = chosen;
  }

  /** If the helper cannot load, the browser prints the whole page rather than nothing. */
  private async print() {
    this.printAlone ??= await import('../../print/print-alone.ts').catch(() => undefined);
    this.printAlone?.printAlone(this);
    window.print();
  }

  override render() {
    const level = Math.min(Math.max(this.headingLevel || 2, 1), 5);
    const loading = () => this.renderFrame(level, html`${drawn(drawEmergency)}${drawn(drawEssentialHelp, 'loading')}`);
    return whilePending(this, this.groups.status === 'pending', loading) ?? this.renderFrame(level, this.groups.render({
      error: () => html`${drawn(drawEmergency)}${drawn(drawEssentialHelp, 'failed')}`,
      complete: (groups) => [this.renderForm(groups, level + 1), this.renderPrinted(groups)],
    }));
  }

  private renderFrame(level: number, inside: unknown) {
    return html`<section class="kit" part="base" aria-labelledby="title">
      <p class="title" id="title" role="heading" aria-level=${level} part="heading">Make a family agreement</p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${inside}
    </section>`;
  }

  private renderForm(groups: AgreementGroup[], level: number) {
    const count = this.countChosen(groups);
    return html`<div class="form" part="form">
      <p class="intro">
        Agree together how your child will use their first ${this.deviceWord}. Tick the promises you want to keep, add
        your own, then print it and sign it. Nothing you type is saved or sent anywhere, so print it before you close this page.
      </p>
      <fieldset class="options">
        <legend>How old is the child?</legend>
        <p class="hint" id="age-hint">We tick the promises that suit this age. You can change any of them.</p>
        ${AGE_BANDS.map(
          (b) => html`<label class="choice">
            <input type="radio" name="age" value=${b.id} aria-describedby="age-hint" .checked=${live(this.band?.id === b.id)}
              @change=${() => this.chooseAge(b.id, groups)} /><span>${b.label}</span>
          </label>`,
        )}
      </fieldset>
      <fieldset class="options">
        <legend>What is the agreement for?</legend>
        ${Object.entries(DEVICES).map(
          ([value, word]) => html`<label class="choice">
            <input type="radio" name="device" value=${value} .checked=${live(this.deviceWord === word)}
              @change=${() => (this.device = value)} /><span>A ${word}</span>
          </label>`,
        )}
      </fieldset>
      ${SIDES.map(
        (side) => html`<div class="side" data-side=${side.who}>
          <p class="side-title" role="heading" aria-level=${level}>${side.title}</p>
          ${groups.filter((g) => g.who === side.who).map((g) => this.renderGroup(g, groups, level + 1))}
          <div class="field">
            <label for=${`own-${side.who}`}>${side.own}</label>
            <p class="hint" id=${`own-${side.who}-hint`}>Write one promise on each line.</p>
            <textarea id=${`own-${side.who}`} rows="3" autocomplete="off" aria-describedby=${`own-${side.who}-hint`}
              .value=${this.own[side.who]} @input=${(e: Event) => (this.own = { ...this.own, [side.who]: (e.target as HTMLTextAreaElement).value })}></textarea>
          </div>
        </div>`,
      )}
      <fieldset class="names">
        <legend>Names and date</legend>
        ${this.renderText('child-name', 'The child’s first name', this.childName, (v) => (this.childName = v))}
        ${this.renderText('parent-1', 'Parent or carer', this.parentNames[0], (v) => (this.parentNames = [v, this.parentNames[1]]))}
        ${this.renderText('parent-2', 'Another parent or carer (optional)', this.parentNames[1], (v) => (this.parentNames = [this.parentNames[0], v]))}
        <div class="field">
          <label for="date">Date</label>
          <input id="date" type="date" autocomplete="off" .value=${this.date ?? (this.today || localToday())}
            @input=${(e: Event) => (this.date = (e.target as HTMLInputElement).value)} />
        </div>
      </fieldset>
      <div class="actions">
        <p class="count" data-count=${count}>${plural(count)} chosen.</p>
        <button type="button" part="print-button" @click=${this.print}>Print or save as PDF</button>
        <p class="hint">To save a PDF, choose “Save as PDF” as the printer.</p>
      </div>
    </div>`;
  }

  private renderText(id: string, label: string, value: string, set: (v: string) => void) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type="text" autocomplete="off" .value=${value} @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />
    </div>`;
  }

  private renderGroup(group: AgreementGroup, groups: AgreementGroup[], level: number) {
    const device = this.deviceWord;
    return html`<fieldset class="group" part="group" data-group=${group.id}>
      <legend>${group.title.replaceAll('{device}', device)}</legend>
      ${drawn(drawBlocks, group.body, level)}
      ${group.promises.map((p, i) => {
        const key = keyOf(group, i);
        return html`<label class="choice promise">
          <input type="checkbox" data-promise=${key} .checked=${live(this.isChosen(group, i))}
            @change=${(e: Event) => this.toggle(groups, key, (e.target as HTMLInputElement).checked)} />
          <span>${drawn(drawInline, withDevice(p.text, device))}</span>
        </label>`;
      })}
      ${group.contacts.map(
        (c) => html`<p class="contact" data-contact=${c.id}>
          ${c.url ? html`<a href=${c.url}>${c.name}</a>` : c.name}${c.phone
            ? html`: call <a href=${telHref(c.phone.number)}>${c.phone.number}</a>${c.phone.label ? ` (${c.phone.label})` : ''}`
            : nothing}
        </p>`,
      )}
    </fieldset>`;
  }

  private renderPrinted(groups: AgreementGroup[]) {
    const device = this.deviceWord;
    const chosen = (who: Promiser) =>
      groups.filter((g) => g.who === who).flatMap((g) => g.promises.filter((_, i) => this.isChosen(g, i)).map((p) => withDevice(p.text, device)));
    return renderPrintout({
      device,
      child: this.childName.trim(),
      parents: this.parentNames.map((n) => n.trim()).filter(Boolean),
      date: this.date ?? (this.today || localToday()),
      childPromises: chosen('child'),
      parentPromises: chosen('parent'),
      childOwn: ownLines(this.own.child),
      parentOwn: ownLines(this.own.parent),
      // Each service once, however many groups name it.
      contacts: [
        ...new Map(
          groups.filter((g) => g.who === 'child' && g.promises.some((_, i) => this.isChosen(g, i))).flatMap((g) => g.contacts.map((c) => [c.id, c])),
        ).values(),
      ],
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-family-agreement': SafeFamilyAgreement;
  }
}
