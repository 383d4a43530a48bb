import { h } from '../../shared/dom.ts';
import { PlainElement } from '../../shared/plain-element.ts';
import { baseStyles } from '../../shared/base.styles.ts';
import { emergencyStyles } from '../../shared/essential-help.styles.ts';
import { drawBlocks, drawInline, telHref } from '../../shared/markdown.ts';
import { drawEmergency, drawEssentialHelp } from '../../shared/essential-help.ts';
import type { ChildPlanContent as ChildPlan, ChildPlanVersion, PlanContact, PlanStep, School } from '../../content/types.ts';
import '../exit/define.ts';
import { childPlanStyles } from './child-plan.styles.ts';
import { toVersion } from './version.ts';

/** The school `school` names: its lookup (src/school/) is fetched only when a page names one. */
const schoolNamed = async (name: string): Promise<School | undefined> =>
  name ? (await import('../../school/load-school.ts')).loadSchool(name) : undefined;

/** The step "Tell an adult you trust" (the schema holds every plan to stop; tell an adult; get help): where the school's lead is named. */
const TELL_AN_ADULT = 1;

/** Each version of the plan: a reader downloads only the one shown (src/build/content-chunks.ts). */
const PLANS: Record<ChildPlanVersion, () => Promise<typeof import('virtual:safe-content/child-plan-*')>> = {
  younger: () => import('virtual:safe-content/child-plan-younger'),
  older: () => import('virtual:safe-content/child-plan-older'),
};

/** The heading while the plan loads, or if it cannot: the reader still knows what this is for. */
const LOADING_TITLE = 'What to do if something online worries you';

/**
 * "What to do if this happens to me": three steps for a child who has seen or been sent something online that
 * worries them (stop; tell an adult you trust; get help to report it and get it removed), in a younger (primary)
 * or older (secondary) version, from content/child-plan/. It carries a quick exit (`<safe-exit>`) at the top.
 *
 * @attr version - `older` (default, secondary school) or `younger` (primary school). Also reads `primary` and `secondary`.
 * @attr heading-level - The level of the plan's heading in the page's outline (default 2); the steps are one below.
 * @attr school - The school's name in the council's list (content/schools/), e.g. `hillside-primary`: the step "Tell an adult you trust" names who at the school keeps children safe.
 * @attr exit-href - The neutral page the quick exit goes to (default https://www.bbc.co.uk/weather).
 * @csspart base - The plan.
 * @csspart heading - The plan's heading.
 * @csspart intro - The opening words: it is not your fault.
 * @csspart step - Each of the three steps.
 * @csspart step-number - The big number of each step.
 * @csspart contact - Each service in the third step.
 * @csspart school - Who at the school a child can talk to (with a `school` that lists a safeguarding lead).
 * @csspart emergency - The "In immediate danger" line.
 * @csspart exit - The quick exit (a `<safe-exit>` element).
 * @csspart exit-button - The quick exit's button.
 * @csspart essential-help - The short list shown while loading, or if loading fails.
 * @fires safe-exit - From the quick exit, just before it leaves (see the exit's README). Cancelable.
 * @cssproperty --safe-step-color - The step numbers' colour. Default: #1d4f91.
 *
 * Drawn with the kit's own DOM calls (src/shared/plain-element.ts): nothing in it changes once drawn but for the school's lead,
 * which arrives on its own, and a reader in a hurry downloads the least.
 */
export class SafeChildPlan extends PlainElement<ChildPlan[]> {
  static observedAttributes = ['version', 'heading-level', 'exit-href', 'theme', 'school'];

  /** The school named, and its details once they have arrived: apart from the plans, so the plan never waits for them. */
  private school: { name: string; details?: School } | undefined;

  private get version(): ChildPlanVersion {
    return toVersion(this.getAttribute('version'));
  }

  /** The version's plan is a chunk of its own, fetched when the plan is first shown. */
  protected contentKey() {
    return this.version;
  }

  protected async load() {
    return (await PLANS[this.version]()).default;
  }

  protected sheets() {
    return [baseStyles, emergencyStyles, childPlanStyles];
  }

  /** The school's details if they have arrived; asked for when the school named changes, and drawn when they come. */
  private schoolDetails(): School | undefined {
    const name = (this.getAttribute('school') ?? '').trim();
    if (this.school?.name !== name) {
      const asked: { name: string; details?: School } = { name };
      this.school = asked;
      if (name)
        void schoolNamed(name).then((details) => {
          if (this.school !== asked || !details) return;
          asked.details = details;
          this.requestUpdate();
        });
    }
    return this.school.details;
  }

  protected draw() {
    const version = this.version;
    const level = this.headingLevel;
    const plan = this.status === 'error' ? undefined : this.value?.find((p) => p.id === version);
    return h(
      'section',
      { class: 'kit', part: 'base', 'aria-labelledby': 'title', 'data-version': version },
      h('safe-exit', { part: 'exit', exportparts: 'button: exit-button', href: this.getAttribute('exit-href') || null, theme: this.getAttribute('theme') || null }),
      h('p', { class: 'title', id: 'title', role: 'heading', 'aria-level': level, part: 'heading' }, plan?.title ?? LOADING_TITLE),
      plan
        ? this.drawPlan(plan, level + 1)
        : [drawEmergency(), drawEssentialHelp(this.status === 'pending' ? 'loading' : 'failed', 'children')],
    );
  }

  private drawPlan(plan: ChildPlan, level: number) {
    const school = this.schoolDetails();
    return [
      h('p', { class: 'intro', part: 'intro' }, drawInline(plan.intro)),
      h('ol', { class: 'steps', role: 'list' }, plan.steps.map((step, i) => this.drawStep(step, i + 1, level, i === TELL_AN_ADULT ? school : undefined))),
      h('div', { class: 'closing' }, drawBlocks(plan.body, level)),
      drawEmergency(),
    ];
  }

  private drawStep(step: PlanStep, n: number, level: number, school?: School) {
    return h(
      'li',
      { class: 'step', part: 'step', 'data-step': n },
      h('span', { class: 'number', part: 'step-number', 'aria-hidden': 'true' }, n),
      h(
        'div',
        { class: 'step-body' },
        h('p', { class: 'step-heading', role: 'heading', 'aria-level': level }, h('span', { class: 'visually-hidden' }, `Step ${n}: `), step.heading),
        h('p', null, drawInline(step.text)),
        school?.lead &&
          h(
            'p',
            { class: 'school', part: 'school' },
            `At ${school.name}, you can talk to ${school.lead}${school.deputy ? ` or ${school.deputy}` : ''}. Their job is to help keep children safe.`,
          ),
        step.help.length > 0 && h('ul', { class: 'contacts', role: 'list' }, step.help.map((c) => this.drawContact(c))),
      ),
    );
  }

  private drawContact(contact: PlanContact) {
    return h(
      'li',
      { class: 'contact', part: 'contact', 'data-service': contact.service },
      h('p', null, drawInline(contact.text)),
      h(
        'ul',
        { class: 'actions', role: 'list' },
        contact.phones.map((p) =>
          h('li', null, h('a', { href: telHref(p.number) }, `Call ${contact.name}: ${p.number}`, p.label && h('span', { class: 'label' }, ` (${p.label})`))),
        ),
        contact.url && h('li', null, h('a', { href: contact.url }, contact.linkText)),
      ),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-child-plan': SafeChildPlan;
  }
}
