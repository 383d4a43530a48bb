import { LitElement, html, nothing } from 'lit';
import { Loading, pendingStyles, whilePending } from '../../shared/loading.ts';
import { baseStyles } from '../../shared/base.styles.ts';
import { emergencyStyles } from '../../shared/essential-help.styles.ts';
import { renderBlocks, renderInline, telHref } from '../../shared/markdown.ts';
import { renderEmergency, renderEssentialHelp } from '../../shared/essential-help.ts';
import type { ChildPlanContent as ChildPlan, ChildPlanVersion, PlanContact, PlanStep, School } from '../../content/types.ts';
import '../exit/define.ts';
import { childPlanStyles } from './child-plan.styles.ts';
import { toVersion } from './version.ts';

/** The school `school` names: its lookup (src/school/) is fetched only when a page names one. */
const schoolNamed = async (name: string | undefined): Promise<School | undefined> =>
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
 */
export class SafeChildPlan extends LitElement {
  static override styles = [baseStyles, emergencyStyles, childPlanStyles, pendingStyles];
  static override properties = {
    version: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    exitHref: { attribute: 'exit-href' },
    theme: {},
    school: {},
  };

  declare version: string;
  declare headingLevel: number;
  declare exitHref: string | undefined;
  /** Passed to the quick exit, so that it follows the same theme. */
  declare theme: string | undefined;
  declare school: string | undefined;

  /** The version's plan is a chunk of its own, fetched when the plan is first shown. */
  private plans = new Loading(this, {
    task: async ([version]: [ChildPlanVersion]) => (await PLANS[version]()).default,
    args: () => [toVersion(this.version)] as [ChildPlanVersion],
  });

  /** The school's details, if the snippet names one: apart from the plans, so the plan never waits for them. */
  private schoolDetails = new Loading(this, {
    task: ([school]: [string | undefined]) => schoolNamed(school),
    args: () => [this.school] as [string | undefined],
  });

  constructor() {
    super();
    this.version = 'older';
    this.headingLevel = 2;
  }

  override render() {
    const version = toVersion(this.version);
    const level = Math.min(Math.max(this.headingLevel || 2, 1), 5);
    const plan = this.plans.value?.find((p) => p.id === version);
    const loading = () => this.renderFrame(version, level, plan, html`${renderEmergency()}${renderEssentialHelp('loading', 'children')}`);
    return whilePending(this, this.plans.status === 'pending', loading) ?? this.renderFrame(version, level, plan, this.plans.render({
      error: () => html`${renderEmergency()}${renderEssentialHelp('failed', 'children')}`,
      complete: () => (plan ? this.renderPlan(plan, level + 1) : html`${renderEmergency()}${renderEssentialHelp('failed', 'children')}`),
    }));
  }

  private renderFrame(version: string, level: number, plan: ChildPlan | undefined, inside: unknown) {
    return html`<section class="kit" part="base" aria-labelledby="title" data-version=${version}>
      <safe-exit part="exit" exportparts="button: exit-button" href=${this.exitHref || nothing} theme=${this.theme || nothing}></safe-exit>
      <p class="title" id="title" role="heading" aria-level=${level} part="heading">${plan?.title ?? LOADING_TITLE}</p>
      ${inside}
    </section>`;
  }

  private renderPlan(plan: ChildPlan, level: number) {
    return html`<p class="intro" part="intro">${renderInline(plan.intro)}</p>
      <ol class="steps" role="list">
        ${plan.steps.map((step, i) => this.renderStep(step, i + 1, level, i === TELL_AN_ADULT ? this.schoolDetails.value : undefined))}
      </ol>
      <div class="closing">${renderBlocks(plan.body, level)}</div>
      ${renderEmergency()}`;
  }

  private renderStep(step: PlanStep, n: number, level: number, school?: School) {
    return html`<li class="step" part="step" data-step=${n}>
      <span class="number" part="step-number" aria-hidden="true">${n}</span>
      <div class="step-body">
        <p class="step-heading" role="heading" aria-level=${level}>
          <span class="visually-hidden">Step ${n}: </span>${step.heading}
        </p>
        <p>${renderInline(step.text)}</p>
        ${school?.lead
          ? html`<p class="school" part="school">At ${school.name}, you can talk to ${school.lead}${school.deputy ? html` or ${school.deputy}` : nothing}. Their job is to help keep children safe.</p>`
          : nothing}
        ${step.help.length
          ? html`<ul class="contacts" role="list">
              ${step.help.map((c) => this.renderContact(c))}
            </ul>`
          : nothing}
      </div>
    </li>`;
  }

  private renderContact(contact: PlanContact) {
    return html`<li class="contact" part="contact" data-service=${contact.service}>
      <p>${renderInline(contact.text)}</p>
      <ul class="actions" role="list">
        ${contact.phones.map(
          (p) => html`<li>
            <a href=${telHref(p.number)}>Call ${contact.name}: ${p.number}${p.label ? html`<span class="label"> (${p.label})</span>` : nothing}</a>
          </li>`,
        )}
        ${contact.url ? html`<li><a href=${contact.url}>${contact.linkText}</a></li>` : nothing}
      </ul>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-child-plan': SafeChildPlan;
  }
}
