import { type Child, fragment, h } from '../../shared/dom.ts';
import { PlainElement } from '../../shared/plain-element.ts';
import { baseStyles } from '../../shared/base.styles.ts';
import { drawBlocks, drawInline, telHref } from '../../shared/markdown.ts';
import { drawEmergency, drawEssentialHelp } from '../../shared/essential-help.ts';
import { emergencyStyles } from '../../shared/essential-help.styles.ts';
import type { AgeBand, AgreementGroupContent as AgreementGroup, Promiser } from '../../content/types.ts';
import { AGE_BANDS } from '../../content/age-bands.ts';
import { familyAgreementStyles } from './family-agreement.styles.ts';
import { drawPrintout, ownLines } from './printout.ts';
import { DEVICES, type Device, localToday, plural, SIDES, withDevice } from './words.ts';
/** Printing the agreement alone (src/print/): fetched when the family first prints, not with the agreement. */
type PrintAlone = typeof import('../../print/print-alone.ts');

/** A promise's key: its group's file name and its place in the group, from 0. */
const keyOf = (group: AgreementGroup, index: number) => `${group.id}/${index}`;

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
 *
 * Drawn with the kit's own DOM calls (src/shared/plain-element.ts): the form is drawn once, when the promises arrive (and again
 * when a setting other than the age or device changes); what the family chooses and types changes only what
 * depends on it (the ticks, the device's word, the count, the printout), never the field they are typing in.
 */
export class SafeFamilyAgreement extends PlainElement<AgreementGroup[]> {
  // `theme` is read by the styles only (src/shared/dark.styles.ts): nothing is drawn again for it.
  static observedAttributes = ['age', 'device', 'heading-level', 'today', 'theme'];

  /** The promises ticked by hand; undefined while the age band's suggestions stand. */
  private chosen: Set<string> | undefined;
  private announcement = '';
  private childName = '';
  private parentNames: [string, string] = ['', ''];
  private date: string | undefined;
  private own: Record<Promiser, string> = { child: '', parent: '' };
  /** What the last full draw made that follows the family's choices and typing, each brought up to date in place. */
  private followers: (() => void)[] = [];

  private printAlone: PrintAlone | undefined;
  private readonly onAfterPrint = () => this.printAlone?.printingDone(this);

  protected contentKey() {
    return 'agreement';
  }

  protected async load() {
    return (await import('virtual:safe-content/agreement')).default;
  }

  protected sheets() {
    return [baseStyles, emergencyStyles, familyAgreementStyles];
  }

  override connectedCallback() {
    window.addEventListener('afterprint', this.onAfterPrint);
    // Moved on the page (a school's script): the form stays as the family left it, what they typed and ticked
    // (PlainElement), though the browser takes focus from a moved field.
    super.connectedCallback();
  }

  disconnectedCallback() {
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.printAlone?.printingDone(this);
  }

  /** The age and the device change the form in place (the family's own choice reflects to them); any other setting draws it again. */
  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    // A new age band brings its own suggestions in place of the ticks made before.
    if (old === value) return;
    if (name === 'age') this.chosen = undefined;
    // Once the form is there; before, the next full draw reads them.
    if ((name === 'age' || name === 'device') && this.status === 'complete') this.refresh();
    else super.attributeChangedCallback(name, old, value);
  }

  private get band() {
    const age = (this.getAttribute('age') ?? '').trim().toLowerCase();
    return AGE_BANDS.find((b) => b.id === age);
  }

  /** An unknown device (even `device="constructor"`, a name every object has) is a phone. */
  private get deviceWord(): string {
    const device = this.getAttribute('device') ?? '';
    return Object.hasOwn(DEVICES, device) ? DEVICES[device as Device] : DEVICES.phone;
  }

  private get shownDate() {
    return this.date ?? (this.getAttribute('today') || localToday());
  }

  private isChosen(group: AgreementGroup, index: number): boolean {
    if (this.chosen) return this.chosen.has(keyOf(group, index));
    const band = this.band;
    return band ? group.promises[index].ages.includes(band.id) : false;
  }

  private countChosen(groups: AgreementGroup[]): number {
    return groups.reduce((n, g) => n + g.promises.filter((_, i) => this.isChosen(g, i)).length, 0);
  }

  /** Everything that follows the family's choices and typing, brought up to date. */
  private refresh() {
    for (const follow of this.followers) follow();
  }

  /** `node`, brought up to date now and after every change the family makes. */
  private follow<N extends Element>(node: N, update: (node: N) => void): N {
    this.followers.push(() => update(node));
    update(node);
    return node;
  }

  /** An element holding what `draw` makes of the device's word, drawn again only when the word changes. */
  private withDeviceWord(tag: string, attributes: Record<string, string> | null, draw: (device: string) => Child) {
    let shown: string | undefined;
    return this.follow(h(tag, attributes), (node) => {
      if (shown === this.deviceWord) return;
      shown = this.deviceWord;
      node.replaceChildren(fragment(draw(shown)));
    });
  }

  private chooseAge(band: AgeBand, groups: AgreementGroup[]) {
    this.chosen = undefined;
    this.setAttribute('age', band);
    const phrase = AGE_BANDS.find((b) => b.id === band)!.phrase;
    this.announcement = `${plural(this.countChosen(groups))} chosen for ${phrase}`;
    this.refresh();
  }

  private toggle(groups: AgreementGroup[], key: string, on: boolean) {
    const chosen = new Set(groups.flatMap((g) => g.promises.map((_, i) => keyOf(g, i)).filter((_, i) => this.isChosen(g, i))));
    if (on) chosen.add(key);
    else chosen.delete(key);
    this.chosen = chosen;
    this.refresh();
  }

  /** If the helper cannot load, the browser prints the whole page rather than nothing. */
  private readonly print = async () => {
    this.printAlone ??= await import('../../print/print-alone.ts').catch(() => undefined);
    this.printAlone?.printAlone(this);
    window.print();
  };

  protected draw() {
    this.followers = [];
    const level = this.headingLevel;
    const groups = this.status === 'complete' ? this.value : undefined;
    return h(
      'section',
      { class: 'kit', part: 'base', 'aria-labelledby': 'title' },
      h('p', { class: 'title', id: 'title', role: 'heading', 'aria-level': level, part: 'heading' }, 'Make a family agreement'),
      // One live region, there from the first draw; its text changes only when there is something new to say.
      this.follow(h('p', { class: 'visually-hidden', role: 'status' }), (node) => {
        if (node.textContent !== this.announcement) node.textContent = this.announcement;
      }),
      groups
        ? [this.drawForm(groups, level + 1), this.drawPrinted(groups)]
        : [drawEmergency(), drawEssentialHelp(this.status === 'error' ? 'failed' : 'loading')],
    );
  }

  private drawForm(groups: AgreementGroup[], level: number) {
    return h(
      'div',
      { class: 'form', part: 'form' },
      this.withDeviceWord(
        'p',
        { class: 'intro' },
        (device) =>
          `Agree together how your child will use their first ${device}. Tick the promises you want to keep, add your own, then print it and sign it. Nothing you type is saved or sent anywhere, so print it before you close this page.`,
      ),
      h(
        'fieldset',
        { class: 'options' },
        h('legend', null, 'How old is the child?'),
        h('p', { class: 'hint', id: 'age-hint' }, 'We tick the promises that suit this age. You can change any of them.'),
        AGE_BANDS.map((b) =>
          this.drawChoice(
            { name: 'age', value: b.id, 'aria-describedby': 'age-hint', onchange: () => this.chooseAge(b.id, groups) },
            () => this.band?.id === b.id,
            b.label,
          ),
        ),
      ),
      h(
        'fieldset',
        { class: 'options' },
        h('legend', null, 'What is the agreement for?'),
        Object.entries(DEVICES).map(([value, word]) =>
          this.drawChoice({ name: 'device', value, onchange: () => this.setAttribute('device', value) }, () => this.deviceWord === word, `A ${word}`),
        ),
      ),
      SIDES.map((side) =>
        h(
          'div',
          { class: 'side', 'data-side': side.who },
          h('p', { class: 'side-title', role: 'heading', 'aria-level': level }, side.title),
          groups.filter((g) => g.who === side.who).map((g) => this.drawGroup(g, groups, level + 1)),
          h(
            'div',
            { class: 'field' },
            h('label', { for: `own-${side.who}` }, side.own),
            h('p', { class: 'hint', id: `own-${side.who}-hint` }, 'Write one promise on each line.'),
            this.drawField('textarea', { id: `own-${side.who}`, rows: 3, 'aria-describedby': `own-${side.who}-hint` }, this.own[side.who], (v) => {
              this.own = { ...this.own, [side.who]: v };
            }),
          ),
        ),
      ),
      h(
        'fieldset',
        { class: 'names' },
        h('legend', null, 'Names and date'),
        this.drawText('child-name', 'The child’s first name', this.childName, (v) => (this.childName = v)),
        this.drawText('parent-1', 'Parent or carer', this.parentNames[0], (v) => (this.parentNames = [v, this.parentNames[1]])),
        this.drawText('parent-2', 'Another parent or carer (optional)', this.parentNames[1], (v) => (this.parentNames = [this.parentNames[0], v])),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'date' }, 'Date'),
          this.drawField('input', { id: 'date', type: 'date' }, this.shownDate, (v) => (this.date = v)),
        ),
      ),
      h(
        'div',
        { class: 'actions' },
        this.follow(h('p', { class: 'count' }), (node) => {
          const count = this.countChosen(groups);
          node.dataset.count = `${count}`;
          node.textContent = `${plural(count)} chosen.`;
        }),
        h('button', { type: 'button', part: 'print-button', onclick: this.print }, 'Print or save as PDF'),
        h('p', { class: 'hint' }, 'To save a PDF, choose “Save as PDF” as the printer.'),
      ),
    );
  }

  /** A radio button or tick box in its label, kept checked as the family's choices say (as Lit's `live` did). */
  private drawChoice(attributes: Record<string, string | ((event: Event) => void)>, checked: () => boolean, label: Child) {
    const box = this.follow(h('input', { type: 'radio', ...attributes }) as HTMLInputElement, (node) => (node.checked = checked()));
    return h('label', { class: 'choice' }, box, h('span', null, label));
  }

  /** A text field or box: its value is set once, when drawn; what the family types is kept as they type it. */
  private drawField(tag: 'input' | 'textarea', attributes: Record<string, string | number>, value: string, set: (value: string) => void) {
    const field = h(tag, { ...attributes, autocomplete: 'off' }) as HTMLInputElement | HTMLTextAreaElement;
    field.value = value;
    field.addEventListener('input', () => {
      set(field.value);
      this.refresh();
    });
    return field;
  }

  private drawText(id: string, label: string, value: string, set: (value: string) => void) {
    return h('div', { class: 'field' }, h('label', { for: id }, label), this.drawField('input', { id, type: 'text' }, value, set));
  }

  private drawGroup(group: AgreementGroup, groups: AgreementGroup[], level: number) {
    return h(
      'fieldset',
      { class: 'group', part: 'group', 'data-group': group.id },
      this.withDeviceWord('legend', null, (device) => group.title.replaceAll('{device}', device)),
      drawBlocks(group.body, level),
      group.promises.map((p, i) => {
        const key = keyOf(group, i);
        const box = this.follow(h('input', { type: 'checkbox', 'data-promise': key }) as HTMLInputElement, (node) => (node.checked = this.isChosen(group, i)));
        box.addEventListener('change', () => this.toggle(groups, key, box.checked));
        return h('label', { class: 'choice promise' }, box, this.withDeviceWord('span', null, (device) => drawInline(withDevice(p.text, device))));
      }),
      group.contacts.map((c) =>
        h(
          'p',
          { class: 'contact', 'data-contact': c.id },
          c.url ? h('a', { href: c.url }, c.name) : c.name,
          c.phone && [': call ', h('a', { href: telHref(c.phone.number) }, c.phone.number), c.phone.label && ` (${c.phone.label})`],
        ),
      ),
    );
  }

  /** The printout, drawn again after every change: it is hidden on screen, and holds no field. */
  private drawPrinted(groups: AgreementGroup[]) {
    let printout = this.printout(groups);
    this.followers.push(() => {
      const next = this.printout(groups);
      printout.replaceWith(next);
      printout = next;
    });
    return printout;
  }

  private printout(groups: AgreementGroup[]) {
    const device = this.deviceWord;
    const chosen = (who: Promiser) =>
      groups.filter((g) => g.who === who).flatMap((g) => g.promises.filter((_, i) => this.isChosen(g, i)).map((p) => withDevice(p.text, device)));
    return drawPrintout({
      device,
      child: this.childName.trim(),
      parents: this.parentNames.map((n) => n.trim()).filter(Boolean),
      date: this.shownDate,
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
