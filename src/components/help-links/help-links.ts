import { LitElement, html, nothing } from 'lit';
import { Loading, pendingStyles, whilePending } from '../../shared/loading.ts';
import { baseStyles } from '../../shared/base.styles.ts';
import { emergencyStyles } from '../../shared/essential-help.styles.ts';
import { renderBlocks, renderInline, telHref } from '../../shared/markdown.ts';
import { renderEmergency, renderEssentialHelp } from '../../shared/essential-help.ts';
import { toAudience } from '../../shared/audience.ts';
import type { Audience, PanelService as Service, School, ServiceCategory, Topic } from '../../content/types.ts';
import { exitHref } from '../../shared/exit-address.ts';
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

/** Each audience's services and topics: a reader downloads only their own panel's (src/build/content-chunks.ts). */
const HELP: Record<Audience, () => Promise<typeof import('virtual:safe-content/services-*')>> = {
  children: () => import('virtual:safe-content/services-children'),
  parents: () => import('virtual:safe-content/services-parents'),
  staff: () => import('virtual:safe-content/services-staff'),
};

/** The school `school` names: its lookup (src/school/) is fetched only when a page names one. */
const schoolNamed = async (name: string | undefined): Promise<School | undefined> =>
  name ? (await import('../../school/load-school.ts')).loadSchool(name) : undefined;

/**
 * Where to get help and report, for children, parents or staff: services from content/services/, each with what
 * it is for, its phone numbers as tap-to-call links and its website, and "In immediate danger, call 999" first.
 * Where content/topics/ has topics for the audience, the panel opens with "What is it about?": each topic opens to
 * its two or three services, call buttons first (two taps to a call); every service is one tap away below. Both
 * are `<details>`, so they open without JavaScript too, and print opens them all (styles only: ::details-content).
 *
 * @attr audience - `children`, `parents` (default) or `staff`: who the panel speaks to and which services it lists.
 * @attr heading-level - The level of the panel's heading in the page's outline (default 2).
 * @attr exit-href - For children: the neutral page the quick exit goes to (default https://www.bbc.co.uk/weather).
 * @csspart exit - For children: the quick exit (a `<safe-exit>`, in view while the panel scrolls).
 * @csspart exit-button - The quick exit's button.
 * @fires safe-exit - For children: from the quick exit, just before it leaves (see the exit's README). Cancelable.
 * @csspart base - The panel.
 * @csspart heading - The panel's heading.
 * @csspart emergency - The "In immediate danger" line.
 * @csspart service - Each service in the full list.
 * @csspart topics - The "What is it about?" list.
 * @csspart topic - Each topic (a `<details>` element).
 * @csspart topic-service - Each service inside a topic.
 * @csspart school - The "Your school" entry (also a `service`).
 * @csspart all-services - The full list, one tap away when there are topics (a `<details>` element).
 * @attr school - The school's name in the council's list (content/schools/), e.g. `hillside-primary`: parents and staff see "Your school" first, with its safeguarding lead and how to reach them.
 * @csspart essential-help - The short list shown while loading, or if loading fails.
 */
export class SafeHelpLinks extends LitElement {
  static override styles = [baseStyles, emergencyStyles, helpLinksStyles, pendingStyles];
  static override properties = {
    audience: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    exitHref: { attribute: 'exit-href' },
    theme: {},
    school: {},
  };

  declare audience: string;
  declare headingLevel: number;
  declare exitHref: string | undefined;
  /** Passed to the quick exit, so that it follows the same theme. */
  declare theme: string | undefined;
  declare school: string | undefined;

  /** The audience's services and topics are a chunk of their own, fetched when the panel is first shown; a school's details only when named. */
  private services = new Loading(this, {
    task: async ([school, audience]: [string | undefined, Audience]) => {
      const [content, details] = await Promise.all([HELP[audience](), schoolNamed(school)]);
      return { services: content.default, topics: content.topics, school: details };
    },
    args: () => [this.school, toAudience(this.audience)] as [string | undefined, Audience],
  });

  override render() {
    const audience = toAudience(this.audience);
    const level = Math.min(Math.max(this.headingLevel || 2, 1), 5);
    const pending = whilePending(this, this.services.status === 'pending', () => this.renderSection(audience, level, renderEssentialHelp('loading', audience)));
    return pending ?? this.renderSection(audience, level, this.services.render({
      error: () => renderEssentialHelp('failed', audience),
      complete: ({ services, topics, school }) => this.renderPanel(services, topics, audience, level + 1, school),
    }));
  }

  private renderSection(audience: Audience, level: number, inside: unknown) {
    return html`<section class="kit" part="base" aria-labelledby="title">
      ${audience === 'children' ? this.renderExit() : nothing}
      <p class="title" id="title" role="heading" aria-level=${level} part="heading">${TITLES[audience]}</p>
      ${renderEmergency()}
      ${inside}
    </section>`;
  }

  /**
   * The children's quick exit, at the top of their panel. Its code is fetched only for a children's panel (parents
   * and staff never see it); until it has drawn, or if it cannot load, a plain link to the same page stands in it.
   */
  private renderExit() {
    const defined = customElements.get('safe-exit');
    if (!defined) import('../exit/define.ts').then(() => this.requestUpdate(), () => undefined);
    return html`<safe-exit part="exit" exportparts="button: exit-button" href=${this.exitHref || nothing} theme=${this.theme || nothing}
      >${defined ? nothing : html`<a href=${exitHref(this.exitHref)}>Exit this page</a>`}</safe-exit
    >`;
  }

  private renderPanel(services: Service[], topics: TopicItem[], audience: Audience, level: number, school?: School) {
    const offered = topics.filter((t) => t.audiences.includes(audience));
    // The school's own lead comes first for parents and staff: the first person to tell.
    const yours = school && audience !== 'children' ? this.renderSchool(school, level) : nothing;
    if (offered.length === 0) return html`<p class="intro">${INTROS[audience]}</p>${yours}${this.renderServices(services, audience, level)}`;
    const shown = services.filter((s) => !s.emergency && s.audiences[audience] !== undefined).length;
    return html`<p class="intro">${INTROS[audience]}</p>
      ${yours}
      <p class="group-title" id="topics-title" role="heading" aria-level=${level}>What is it about?</p>
      <ul class="topics" part="topics" role="list" aria-labelledby="topics-title">
        ${offered.map((t) => html`<li>${this.renderTopic(t, services, level + 1)}</li>`)}
      </ul>
      <details class="all" part="all-services">
        <summary>Every service (${shown})</summary>
        ${this.renderServices(services, audience, level)}
      </details>`;
  }

  /** A topic opens to its services, those with a phone number first, each with its call buttons before anything else. */
  private renderTopic(topic: TopicItem, services: Service[], level: number) {
    const named = topic.services.map((id) => services.find((s) => s.id === id)).filter((s): s is Service => !!s);
    const callable = [...named.filter((s) => s.phones.length > 0), ...named.filter((s) => s.phones.length === 0)];
    return html`<details class="topic" part="topic" name="topic" data-topic=${topic.id}>
      <summary>${topic.title}</summary>
      <div class="topic-body">
        <ul class="topic-services" role="list">
          ${callable.map(
            (s) => html`<li class="topic-service" part="topic-service" data-topic-service=${s.id}>
              <p class="name" role="heading" aria-level=${level}>${s.name}</p>
              ${this.renderContact(s)}
              <p>${renderInline(s.summary)}</p>
            </li>`,
          )}
        </ul>
        ${topic.body.length ? html`<div class="topic-advice">${renderBlocks(topic.body, level)}</div>` : nothing}
      </div>
    </details>`;
  }

  private renderServices(services: Service[], audience: Audience, level: number) {
    const shown = services
      .filter((s) => !s.emergency && s.audiences[audience] !== undefined)
      .sort((a, b) => a.audiences[audience]! - b.audiences[audience]! || a.name.localeCompare(b.name));
    return html`${GROUPS.map(({ category, title }) => {
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
      ${renderBlocks(service.body, level + 1)} ${this.renderContact(service)}
    </li>`;
  }

  /** Call buttons first, then the website and e-mail. */
  private renderContact(service: Service) {
    return html`<ul class="contact" role="list">
        ${service.phones.map(
          (p) => html`<li>
            <a href=${telHref(p.number)}>Call ${p.number}</a>${p.label ? html`<span class="label">&nbsp;(${p.label})</span>` : nothing}
          </li>`,
        )}
        ${service.url ? html`<li><a href=${service.url}>${service.linkText}</a></li>` : nothing}
        ${service.email ? html`<li><a href=${`mailto:${service.email}`}>Email ${service.email}</a></li>` : nothing}
      </ul>`;
  }
}

type TopicItem = Omit<Topic, 'source' | 'reviewed' | 'order'>;

declare global {
  interface HTMLElementTagNameMap {
    'safe-help-links': SafeHelpLinks;
  }
}
