/**
 * What each component downloads to show its content: one chunk per audience (or version), holding only what that
 * component reads. Every byte here is on a reader's phone, often on a slow connection: a parents' panel has no use
 * for the children's list, nor any panel for a file's provenance (`source`, `reviewed`: for the content report).
 *
 * Each function returns the module's source; vite-plugin-content.ts serves it as
 * `virtual:safe-content/<collection>-<choice>`, and Rollup writes it as chunks/<collection>-<choice>-<hash>.js.
 */
import {
  ALERT_AUDIENCES,
  AUDIENCES,
  RESPONSE_AUDIENCES,
  type AgreementGroup,
  type AgreementGroupContent,
  type Alert,
  type AlertAudience,
  type Audience,
  type ChildPlan,
  type ChildPlanContent,
  type ChildPlanVersion,
  type PanelService,
  type PanelTopic,
  type ResponseAudience,
  type ResponseCard,
  type Service,
  type Topic,
} from '../content/types.ts';
import { responseContacts } from './response-contacts.ts';
import { PANEL_WORDS } from '../components/help-links/words.ts';
import { GUIDE_FILE, guideFileName, guideSetOf } from './guides-index.ts';

/** Everything the build compiles that a content chunk is made from. */
export interface ChunkSources {
  services: Service[];
  topics: Topic[];
  response: ResponseCard[];
  alerts: Alert[];
  'child-plan': ChildPlan[];
  agreement: AgreementGroup[];
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * The help panel for one audience: the services in its list (not the emergency service: the panel's "In immediate
 * danger" line comes from the essential help), those its topics name, and its topics. A service keeps its place in
 * this audience's list only, so a topic's service that is not in the list stays out of it. Being one audience's,
 * the services come in that list's order (by place, then name), those in the list marked `listed`, and neither a
 * service nor a topic says whom it is for.
 */
export function helpLinksChunk(services: Service[], topics: Topic[], audience: Audience): { services: PanelService[]; topics: PanelTopic[] } {
  const offered = topics.filter((t) => t.audiences.includes(audience));
  const named = new Set(offered.flatMap((t) => t.services));
  const place = (s: Service) => (s.emergency ? undefined : s.audiences[audience]);
  return {
    services: services
      .filter((s) => place(s) !== undefined || named.has(s.id))
      .sort((a, b) => (place(a) ?? Infinity) - (place(b) ?? Infinity) || a.name.localeCompare(b.name, 'en'))
      .map((s) => {
        const { source: _s, reviewed: _r, essential: _e, emergency: _m, audiences: _a, ...service } = s;
        return place(s) === undefined ? service : { ...service, listed: true as const };
      }),
    topics: offered.map(({ source: _s, reviewed: _r, order: _o, audiences: _a, ...topic }) => topic),
  };
}

/** A response card (all of it: the card shows its own source and date) and the services it names, reduced. */
export function responseChunk(services: Service[], cards: ResponseCard[], audience: ResponseAudience) {
  const mine = cards.filter((c) => c.audience === audience);
  return { cards: mine, contacts: responseContacts(services, mine) };
}

/** The alerts for one audience, without the date they were checked (for the content report). */
export const alertsChunk = (alerts: Alert[], audience: AlertAudience) =>
  alerts.filter((a) => a.audiences.includes(audience)).map(({ reviewed: _r, ...alert }) => ({ ...alert, audiences: [audience] }));

/** One version of the child's plan, without its provenance (for the content report). */
export const childPlanChunk = (plans: ChildPlan[], version: string): ChildPlanContent[] =>
  plans.filter((p) => p.id === version).map(({ source: _s, reviewed: _r, ...plan }) => plan);

/** The agreement's groups, already in order (the build sorts them), without their order and provenance. */
export const agreementChunk = (groups: AgreementGroup[]): AgreementGroupContent[] =>
  groups.map(({ order: _o, source: _s, sourceNote: _n, reviewed: _r, ...group }) => group);

/** The versions of the child's plan (a record, so that the compiler names a version added to the type and not here). */
const PLAN_VERSIONS: Record<ChildPlanVersion, true> = { younger: true, older: true };

/**
 * The content chunks a component chooses between by its audience or version: a reader downloads one of them, so
 * what an embed costs is measured once per choice (the size report, test/build/size*.test.ts).
 */
export const CHOICES = {
  services: AUDIENCES,
  response: RESPONSE_AUDIENCES,
  alerts: ALERT_AUDIENCES,
  'child-plan': Object.keys(PLAN_VERSIONS) as ChildPlanVersion[],
} as const;

/** The choice a built file or module is the content for (`parents` for chunks/services-parents-<hash>.js), if it is one. */
export function choiceOf(file: string | null | undefined): string | undefined {
  for (const [collection, choices] of Object.entries(CHOICES)) {
    for (const choice of choices) {
      if (new RegExp(`(^|[\\/])${collection}-${choice}(-[\\w-]+\\.js)?$`).test(file ?? '')) return choice;
    }
  }
  return undefined;
}

/**
 * The module for a content chunk by its name (`services-parents`, `response-staff`, `alerts-parents`,
 * `child-plan-younger`, `agreement`), or undefined if the name is not one of them.
 */
export function contentChunk(name: string, content: ChunkSources): string | undefined {
  const choice = choiceOf(name);
  const collection = choice && name.slice(0, -choice.length - 1);
  if (collection === 'services') {
    const { services, topics } = helpLinksChunk(content.services, content.topics, choice as Audience);
    return `export default ${json(services)};\nexport const topics = ${json(topics)};\nexport const words = ${json(PANEL_WORDS[choice as Audience])};`;
  }
  if (collection === 'response') {
    const { cards, contacts } = responseChunk(content.services, content.response, choice as ResponseAudience);
    return `export default ${json(cards)};\nexport const contacts = ${json(contacts)};`;
  }
  if (collection === 'alerts') return `export default ${json(alertsChunk(content.alerts, choice as AlertAudience))};`;
  if (collection === 'child-plan') return `export default ${json(childPlanChunk(content['child-plan'], choice!))};`;
  if (name === 'agreement') return `export default ${json(agreementChunk(content.agreement))};`;
  return undefined;
}

/**
 * The setting that chooses each component's content chunk, and the chunk it loads without one (its own default:
 * `toAudience`, `toVersion`...); a component with one content chunk for everyone has no setting, and its chunk's
 * name. embed.js starts the chunk an element names beside the component's files.
 */
export const CHOSEN_BY: Record<string, { setting: string; none: string }> = {
  'help-links': { setting: 'audience', none: 'parents' },
  'response-card': { setting: 'audience', none: 'parents' },
  alerts: { setting: 'audience', none: 'parents' },
  'child-plan': { setting: 'version', none: 'older' },
  'family-agreement': { setting: '', none: 'agreement' },
  guides: { setting: '', none: 'guides-index' },
};

type Bundle = Record<string, { type: string; imports?: string[]; dynamicImports?: string[]; facadeModuleId?: string | null }>;

/**
 * For embed.js (src/embed/preload.ts): each component's setting and its content chunk for each value, `""` for
 * none: `{ "safe-help-links": ["audience", { "": "chunks/services-parents-<hash>.js", "children": … }] }`.
 * A value the map does not name ("Carers") starts nothing: the component then fetches its own, one round trip later.
 */
export function contentToStart(bundle: Bundle, entries: Record<string, string>): Record<string, [string, Record<string, string>]> {
  const map: Record<string, [string, Record<string, string>]> = {};
  for (const [name, entry] of Object.entries(entries)) {
    if (!(name in CHOSEN_BY)) continue;
    const { setting, none } = CHOSEN_BY[name];
    const files: Record<string, string> = {};
    // The component's own file and what it imports statically: the content is imported from one of them.
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of bundle[file]?.dynamicImports ?? []) {
        const id = bundle[next]?.facadeModuleId;
        const choice = setting ? choiceOf(id) : id === `\0virtual:safe-content/${none}` ? none : undefined;
        if (choice) files[choice] = next;
      }
      bundle[file]?.imports?.forEach(walk);
    };
    walk(entry);
    if (!files[none]) throw new Error(`${name}: no content chunk "${none}" (src/build/content-chunks.ts CHOSEN_BY)`);
    map[`safe-${name}`] = [setting, setting ? { '': files[none], ...files } : { '': files[none] }];
  }
  // One guide (<safe-guide guide="tiktok">) fetches its own file, at the address its name gives (guides-index.ts):
  // embed.js gets that address with `*` for the name, not a map of every guide's file, so it does not grow with
  // the guides, and starts it beside the component's files (one round trip less).
  const guideFile = Object.keys(bundle).find((f) => GUIDE_FILE.test(f));
  const set = guideFile && guideSetOf(guideFile);
  if ('guide' in entries && set) map['safe-guide'] = ['guide', { '*': guideFileName('*', set) }];
  return map;
}
