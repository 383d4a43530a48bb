import { LitElement, html, nothing } from 'lit';
import { Task } from '@lit/task';
import { baseStyles } from '../../shared/base.styles.ts';
import { emergencyStyles } from '../../shared/essential-help.styles.ts';
import { renderBlocks, renderInline, telHref } from '../../shared/markdown.ts';
import { renderEmergency, renderEssentialHelp } from '../../shared/essential-help.ts';
import { toAudience } from '../../shared/audience.ts';
import type { Audience, School, Service, ServiceCategory } from '../../content/types.ts';
import { helpLinksStyles } from './help-links.styles.ts';

const TITLES: Record<Audience, string> = {
  children: 'Worried about something online?',
  parents: 'Where to get help and report',
  staff: 'Report and get advice',
};

const INTROS: Record<Audience, string> = {
  children: 'You are not in trouble. Tell an adult you trust, or talk to one of these. They are here to help.',
  parents: 'Who to contact, and what for. If you are worried about a child, you do not have to be sure to ask for help.',
  staff: "Tell your school's designated safeguarding lead first. These services give advice and take reports.",
};

const GROUPS: { category: ServiceCategory; title: Record<Audience, string> }[] = [
  { category: 'talk', title: { children: 'Talk to someone', parents: 'Talk to someone', staff: 'Get advice' } },
  { category: 'report', title: { children: 'Report it', parents: 'Report it', staff: 'Report it' } },
  { category: 'advice', title: { children: 'Find out more', parents: 'Guides and advice', staff: 'Resources' } },
];

/** The school `school` names: its lookup (src/school/) is fetched only when a page names one. */
const schoolNamed = async (name: string | undefined): Promise<School | undefined> =>
  name ? (await import('../../school/load-school.ts')).loadSchool(name) : undefined;

/**
 * Where to get help and report, for children, parents or staff: services from content/services/, each with what
 * it is for, its phone numbers as tap-to-call links and its website, and "In immediate danger, call 999" first.
 *
 * @attr audience - `children`, `parents` (default) or `staff`: who the panel speaks to and which services it lists.
 * @attr heading-level - The level of the panel's heading in the page's outline (default 2).
 * @attr school - The school's name in the council's list (content/schools/), e.g. `hillside-primary`: parents and staff see "Your school" first, with its safeguarding lead and how to reach them.
 * @csspart base - The panel.
 * @csspart heading - The panel's heading.
 * @csspart emergency - The "In immediate danger" line.
 * @csspart service - Each service.
 * @csspart school - The "Your school" entry (also a `service`).
 * @csspart essential-help - The short list shown while loading, or if loading fails.
 */
export class SafeHelpLinks extends LitElement {
  static override styles = [baseStyles, emergencyStyles, helpLinksStyles];
  static override properties = {
    audience: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    school: {},
  };

  declare audience: string;
  declare headingLevel: number;
  declare school: string | undefined;

  /** The services are a separate chunk, fetched when the panel is first shown. */
  private services = new Task(this, {
    task: async ([school]: [string | undefined]) => {
      const [services, details] = await Promise.all([import('virtual:safe-content/services'), schoolNamed(school)]);
      return { services: services.default, school: details };
    },
    args: () => [this.school] as [string | undefined],
  });

  constructor() {
    super();
    this.audience = 'parents';
    this.headingLevel = 2;
  }

  override render() {
    const audience = toAudience(this.audience);
    const level = Math.min(Math.max(this.headingLevel || 2, 1), 5);
    return html`<section class="kit" part="base" aria-labelledby="title">
      <p class="title" id="title" role="heading" aria-level=${level} part="heading">${TITLES[audience]}</p>
      ${renderEmergency()}
      ${this.services.render({
        pending: () => renderEssentialHelp('loading', audience),
        error: () => renderEssentialHelp('failed', audience),
        complete: ({ services, school }) => this.renderServices(services, audience, level + 1, school),
      })}
    </section>`;
  }

  private renderServices(services: Service[], audience: Audience, level: number, school?: School) {
    const shown = services
      .filter((s) => !s.emergency && s.audiences[audience] !== undefined)
      .sort((a, b) => a.audiences[audience]! - b.audiences[audience]! || a.name.localeCompare(b.name));
    return html`<p class="intro">${INTROS[audience]}</p>
      ${school && audience !== 'children' ? this.renderSchool(school, level) : nothing}
      ${GROUPS.map(({ category, title }) => {
        const group = shown.filter((s) => s.category === category);
        if (group.length === 0) return nothing;
        return html`<p class="group-title" role="heading" aria-level=${level}>${title[audience]}</p>
          <ul class="services" role="list">
            ${group.map((s) => this.renderService(s, level + 1))}
          </ul>`;
      })}`;
  }

  /** The school the snippet names: its lead (or, with none listed, the school itself) and how to reach them. */
  private renderSchool(school: School, level: number) {
    const phone = school.leadPhone || school.phone;
    const email = school.leadEmail || school.email;
    return html`<p class="group-title" role="heading" aria-level=${level}>Your school</p>
      <ul class="services" role="list">
        <li class="service" part="service school" data-school=${school.id}>
          <p class="name" role="heading" aria-level=${level + 1}>${school.name}</p>
          <p>
            ${school.lead
              ? `Talk to ${school.lead}, the designated safeguarding lead${school.deputy ? ` (deputy: ${school.deputy})` : ''}.`
              : 'Ask for the designated safeguarding lead.'}
          </p>
          <ul class="contact" role="list">
            <li><a href=${telHref(phone)}>Call ${phone}</a></li>
            ${email ? html`<li><a href=${`mailto:${email}`}>Email ${email}</a></li>` : nothing}
            ${school.onlineSafetyPage ? html`<li><a href=${school.onlineSafetyPage}>The school's online safety page</a></li>` : nothing}
          </ul>
        </li>
      </ul>`;
  }

  private renderService(service: Service, level: number) {
    return html`<li class="service" part="service" data-service=${service.id}>
      <p class="name" role="heading" aria-level=${level}>${service.name}</p>
      <p>${renderInline(service.summary)}</p>
      ${service.notFor ? html`<p><strong>Not for:</strong> ${renderInline(service.notFor)}</p>` : nothing}
      ${renderBlocks(service.body, level + 1)}
      <ul class="contact" role="list">
        ${service.phones.map(
          (p) => html`<li>
            <a href=${telHref(p.number)}>Call ${p.number}</a>${p.label ? html`<span class="label">&nbsp;(${p.label})</span>` : nothing}
          </li>`,
        )}
        ${service.url ? html`<li><a href=${service.url}>${service.linkText}</a></li>` : nothing}
        ${service.email ? html`<li><a href=${`mailto:${service.email}`}>Email ${service.email}</a></li>` : nothing}
      </ul>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-help-links': SafeHelpLinks;
  }
}
