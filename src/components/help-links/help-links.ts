import { h, type Child } from '../../shared/dom.ts';
import { PlainElement } from '../../shared/plain-element.ts';
import { baseStyles } from '../../shared/base.styles.ts';
import { emergencyStyles } from '../../shared/essential-help.styles.ts';
import { drawBlocks, drawInline, telHref } from '../../shared/markdown.ts';
import { drawEmergency, drawEssentialHelp } from '../../shared/essential-help.ts';
import { toAudience } from '../../shared/audience.ts';
import type { Audience, PanelService as Service, PanelTopic as TopicItem } from '../../content/types.ts';
import type { PanelWords } from './words.ts';
import { helpLinksStyles } from './help-links.styles.ts';

const TITLES: Record<Audience, string> = {
  children: 'Worried about something online?',
  parents: 'Where to get help and report',
  staff: 'Report and get advice',
};

/**
 * Where an exit goes unless the webmaster chooses another page, as src/shared/exit-address.ts says it (written
 * here too, so that a parents' panel need not fetch that file; test/build/exit-styles.test.ts holds the two alike).
 */
const DEFAULT_EXIT_HREF = 'https://www.bbc.co.uk/weather';

/** Each audience's services and topics: a reader downloads only their own panel's (src/build/content-chunks.ts). */
const HELP: Record<Audience, () => Promise<typeof import('virtual:safe-content/services-*')>> = {
  children: () => import('virtual:safe-content/services-children'),
  parents: () => import('virtual:safe-content/services-parents'),
  staff: () => import('virtual:safe-content/services-staff'),
};

/**
 * The school `school` names, and how its entry is drawn: its lookup (src/school/) and ./your-school.ts are fetched
 * only when a page names one.
 */
const schoolNamed = async (name: string | null) => {
  if (!name) return undefined;
  const [{ loadSchool }, { drawSchool }] = await Promise.all([import('../../school/load-school.ts'), import('./your-school.ts')]);
  const school = await loadSchool(name);
  return school && { school, draw: (level: number) => drawSchool(school, level) };
};

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
 *
 * Drawn with the kit's own DOM calls (src/shared/plain-element.ts): a school may put it on every page, and a reader in a hurry
 * downloads the least.
 */
type Help = { services: Service[]; topics: TopicItem[]; words: PanelWords; school: Awaited<ReturnType<typeof schoolNamed>> };

export class SafeHelpLinks extends PlainElement<Help> {
  static observedAttributes = ['audience', 'heading-level', 'exit-href', 'theme', 'school'];

  private get audience(): Audience {
    return toAudience(this.getAttribute('audience'));
  }

  /** The audience's services and topics are a chunk of their own, fetched when the panel is first shown; a school's details only when named. */
  protected contentKey() {
    return `${this.audience} ${this.getAttribute('school') ?? ''}`;
  }

  protected async load(): Promise<Help> {
    const [content, school] = await Promise.all([HELP[this.audience](), schoolNamed(this.getAttribute('school'))]);
    return { services: content.default, topics: content.topics, words: content.words, school };
  }

  protected sheets() {
    return [baseStyles, emergencyStyles, helpLinksStyles];
  }

  protected draw() {
    const audience = this.audience;
    const level = this.headingLevel;
    const help = this.value;
    return h(
      'section',
      { class: 'kit', part: 'base', 'aria-labelledby': 'title' },
      audience === 'children' && this.drawExit(),
      h('p', { class: 'title', id: 'title', role: 'heading', 'aria-level': level, part: 'heading' }, TITLES[audience]),
      drawEmergency(),
      this.status === 'error'
        ? drawEssentialHelp('failed', audience)
        : help
          ? this.drawPanel(help, audience, level + 1)
          : drawEssentialHelp('loading', audience),
    );
  }

  /**
   * The children's quick exit, at the top of their panel. Its code is fetched only for a children's panel (parents
   * and staff never see it). Until it has drawn, or if it cannot load, a plain link inside it stands in for it (the
   * exit draws over what its tag holds, and the link goes once it has: one way to leave, not two). The link's
   * address is checked as the exit checks it, by the exit's own small file, fetched beside the exit's code: a
   * parents' panel downloads neither. Until that check has arrived the link goes to the kit's default neutral page,
   * so a child has a working way out from the panel's first drawing.
   */
  private drawExit() {
    if (!customElements.get('safe-exit')) import('../exit/define.ts').catch(() => undefined);
    const href = this.getAttribute('exit-href');
    const link = h('a', { href: DEFAULT_EXIT_HREF }, 'Exit this page');
    import('../../shared/exit-address.ts').then((address) => link.setAttribute('href', address.exitHref(href)), () => undefined);
    customElements.whenDefined('safe-exit').then(() => link.remove(), () => undefined);
    return h('safe-exit', { part: 'exit', exportparts: 'button: exit-button', href: href || null, theme: this.getAttribute('theme') || null }, link);
  }

  private drawPanel({ services, topics, words, school }: Help, audience: Audience, level: number): Child {
    // The school's own lead comes first for parents and staff: the first person to tell.
    const yours = school && audience !== 'children' && school.draw(level);
    const intro = h('p', { class: 'intro' }, words.intro);
    if (topics.length === 0) return [intro, yours, this.drawServices(services, words, level)];
    const shown = services.filter((s) => s.listed).length;
    return [
      intro,
      yours,
      h('p', { class: 'group-title', id: 'topics-title', role: 'heading', 'aria-level': level }, 'What is it about?'),
      h(
        'ul',
        { class: 'topics', part: 'topics', role: 'list', 'aria-labelledby': 'topics-title' },
        topics.map((t) => h('li', null, this.drawTopic(t, services, level + 1))),
      ),
      h('details', { class: 'all', part: 'all-services' }, h('summary', null, `Every service (${shown})`), this.drawServices(services, words, level)),
    ];
  }

  /** A topic opens to its services, those with a phone number first, each with its call buttons before anything else. */
  private drawTopic(topic: TopicItem, services: Service[], level: number) {
    const named = topic.services.map((id) => services.find((s) => s.id === id)).filter((s): s is Service => !!s);
    const callable = [...named.filter((s) => s.phones.length > 0), ...named.filter((s) => s.phones.length === 0)];
    return h(
      'details',
      { class: 'topic', part: 'topic', name: 'topic', 'data-topic': topic.id },
      h('summary', null, topic.title),
      h(
        'div',
        { class: 'topic-body' },
        h(
          'ul',
          { class: 'topic-services', role: 'list' },
          callable.map((s) =>
            h(
              'li',
              { class: 'topic-service', part: 'topic-service', 'data-topic-service': s.id },
              h('p', { class: 'name', role: 'heading', 'aria-level': level }, s.name),
              this.drawContact(s),
              h('p', null, drawInline(s.summary)),
            ),
          ),
        ),
        topic.body.length > 0 && h('div', { class: 'topic-advice' }, drawBlocks(topic.body, level)),
      ),
    );
  }

  private drawServices(services: Service[], words: PanelWords, level: number) {
    // In the list's order already (src/build/content-chunks.ts).
    const shown = services.filter((s) => s.listed);
    return words.groups.map(([category, title]) => {
      const group = shown.filter((s) => s.category === category);
      return (
        group.length > 0 && [
          h('p', { class: 'group-title', role: 'heading', 'aria-level': level }, title),
          h('ul', { class: 'services', role: 'list' }, group.map((s) => this.drawService(s, level + 1))),
        ]
      );
    });
  }

  private drawService(service: Service, level: number) {
    return h(
      'li',
      { class: 'service', part: 'service', 'data-service': service.id },
      h('p', { class: 'name', role: 'heading', 'aria-level': level }, service.name),
      h('p', null, drawInline(service.summary)),
      service.notFor && h('p', null, h('strong', null, 'Not for:'), ' ', drawInline(service.notFor)),
      drawBlocks(service.body, level + 1),
      this.drawContact(service),
    );
  }

  /** Call buttons first, then the website and e-mail. */
  private drawContact(service: Service) {
    return h(
      'ul',
      { class: 'contact', role: 'list' },
      service.phones.map((p) =>
        h('li', null, h('a', { href: telHref(p.number) }, `Call ${p.number}`), p.label && h('span', { class: 'label' }, `\u00a0(${p.label})`)),
      ),
      service.url && h('li', null, h('a', { href: service.url }, service.linkText)),
      service.email && h('li', null, h('a', { href: `mailto:${service.email}` }, `Email ${service.email}`)),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-help-links': SafeHelpLinks;
  }
}
