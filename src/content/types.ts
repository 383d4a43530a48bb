/**
 * The shapes of compiled content, as the components receive it.
 *
 * Browser code imports only these types (never the schema), so no validation library reaches a school's page.
 * Markdown arrives as a small tree of allowed nodes, never as HTML, so it can only ever be rendered as text,
 * lists and safe links.
 */

export const AUDIENCES = ['children', 'parents', 'staff'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Inline markdown: text, emphasis and links whose address is https:, tel: or mailto:. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'em'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'br' };

/** Block markdown: paragraphs, lists and headings (rendered one level below the component's own heading). */
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'heading'; depth: number; children: Inline[] };

export interface Phone {
  /** As it is said aloud, e.g. "0800 1111". */
  number: string;
  /** What the number is for or when it is open, e.g. "free, 24 hours". */
  label?: string;
}

/** Where a service sits in an audience's panel. */
export type ServiceCategory = 'talk' | 'report' | 'advice';

/** One help service: content/services/<id>.md. */
export interface Service {
  id: string;
  name: string;
  /** What it is for, one sentence. */
  summary: Inline[];
  /** What it is not for, so a reader goes to the right place first time. */
  notFor?: Inline[];
  category: ServiceCategory;
  /** The audiences that see it, each with its place in that audience's list (1 first). */
  audiences: Partial<Record<Audience, number>>;
  /** The service's own page; a service reached only by phone (the police) has none. */
  url?: string;
  linkText?: string;
  phones: Phone[];
  email?: string;
  /** The emergency service: shown as the "In immediate danger" line, not in the list. */
  emergency: boolean;
  /** Shown in every component's loading and failure state, so nobody meets a blank box. */
  essential: boolean;
  body: Block[];
  source: string;
  reviewed: string;
}

/** What every component shows before its content arrives, or if it fails to load: never a blank box. */
export interface EssentialHelp {
  /** The emergency numbers (999 first). */
  emergency: Phone[];
  /**
   * The services marked `essential: true`, reduced to a name, a page and one number. `note` is what the service's
   * file says about that number (e.g. "see the website for opening times"), so it is never shown without it;
   * `audiences` are who the service is for, so a children's panel does not list the adults' helpline.
   */
  links: EssentialLink[];
}

export interface EssentialLink {
  name: string;
  url?: string;
  phone?: string;
  note?: string;
  audiences: Audience[];
}

/* The family agreement (content/agreement/). */

// The family agreement's own constant, in its own file (imported from there) so that no other component downloads it.
import type { AGE_BANDS } from './age-bands.ts';
export type AgeBand = (typeof AGE_BANDS)[number]['id'];

/** Whose promises a group holds: the child's, or the parent's or carer's. */
export const PROMISERS = ['child', 'parent'] as const;
export type Promiser = (typeof PROMISERS)[number];

export interface AgreementPromise {
  /** May contain the word `{device}`, shown as the device the family chose ("phone", "tablet"...). */
  text: Inline[];
  ages: AgeBand[];
}

/** A help service named in a group by its id in content/services/, filled in from that file by the build. */
export interface AgreementContact {
  id: string;
  name: string;
  phone?: Phone;
  url?: string;
}

/** One group of suggested promises: content/agreement/<id>.md. */
export interface AgreementGroup {
  id: string;
  /** May contain `{device}`. */
  title: string;
  who: Promiser;
  /** The group's place among the same promiser's groups (1 first). */
  order: number;
  promises: AgreementPromise[];
  contacts: AgreementContact[];
  /** A short note shown under the group's title on screen (not printed). */
  body: Block[];
  source: string;
  /** What the source does and does not support: the promises are the kit's own words, not Childnet's. */
  sourceNote?: string;
  reviewed: string;
}

/* Alerts (content/alerts/). */

/** Who an alert is for: `audience: both` in a file means both. */
export const ALERT_AUDIENCES = ['staff', 'parents'] as const;
export type AlertAudience = (typeof ALERT_AUDIENCES)[number];

/** How urgent an alert is, lowest first; always shown in words, never by colour alone. */
export const ALERT_LEVELS = ['information', 'advice', 'warning'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

/** One alert about an online trend or app: content/alerts/<published>-<slug>.md. */
export interface Alert {
  /** The file name without .md, e.g. "2026-11-20-scary-challenge-warnings"; stable, so feeds use it for ids. */
  id: string;
  title: string;
  /** YYYY-MM-DD: shown from this day. */
  published: string;
  /** YYYY-MM-DD: the last day it is shown; none means it stays until the file is removed. */
  expires?: string;
  audiences: AlertAudience[];
  level: AlertLevel;
  /** One or two sentences, shown before the alert is opened. */
  summary: Inline[];
  body: Block[];
  source: string;
  reviewed: string;
}

// The child's plan's own constant, in its own file (imported from there) so that no other component downloads it.
import type { CHILD_PLAN_VERSIONS } from './child-plan-versions.ts';
export type ChildPlanVersion = (typeof CHILD_PLAN_VERSIONS)[number];

/** A service a child's plan points to, with its contact details taken from content/services/<service>.md. */
export interface PlanContact {
  /** The service's id (its file name in content/services/). */
  service: string;
  name: string;
  /** What it is for, in the plan's own words for children. */
  text: Inline[];
  url?: string;
  linkText?: string;
  phones: Phone[];
}

export interface PlanStep {
  heading: string;
  text: Inline[];
  help: PlanContact[];
}

/** "What to do if this happens to me": content/child-plan/younger.md or older.md. */
export interface ChildPlan {
  id: ChildPlanVersion;
  title: string;
  intro: Inline[];
  /** Exactly three. */
  steps: PlanStep[];
  /** Closing words, after the steps. */
  body: Block[];
  source: string;
  reviewed: string;
}

/* ---- The adults' response card: content/response/<audience>.md ---- */

/** Who a response card speaks to. */
export const RESPONSE_AUDIENCES = ['staff', 'parents'] as const;
export type ResponseAudience = (typeof RESPONSE_AUDIENCES)[number];

// The response card's own constant SCHOOL_DSL is in ./school-dsl.ts, so that no other component downloads it.

/**
 * A question in "What should I do now?", answered Yes, No or Not sure: `yes`, `no` and `notSure` are the ids of
 * the next question or outcome. "Not sure" leads to the safe course, so nobody is stuck for want of certainty.
 */
export interface FlowQuestion {
  id: string;
  ask: Inline[];
  hint?: Inline[];
  yes: string;
  no: string;
  notSure: string;
}

/** Where a path through the questions ends: what to do now, and who to contact. */
export interface FlowOutcome {
  id: string;
  title: string;
  /** Emergency outcomes (call 999) are shown in the emergency colour. */
  urgent: boolean;
  steps: Inline[][];
  contacts: string[];
}

export interface ResponseCard {
  /** The file name: staff or parents. */
  id: string;
  audience: ResponseAudience;
  title: string;
  summary: Inline[];
  /** The few lines the short (sidebar) form shows. */
  keyPoints: Inline[][];
  /** Who to contact, in order, shown on the full card. */
  contacts: string[];
  flow: { start: string; questions: FlowQuestion[]; outcomes: FlowOutcome[] };
  body: Block[];
  source: string;
  reviewed: string;
}

/** A service as a response card shows it (virtual:safe-content/response-contacts). */
export type ServiceContact = Pick<Service, 'id' | 'name' | 'summary' | 'phones' | 'url' | 'linkText'>;

/* Parental-controls guides (content/guides/). */

/** Where a parental-controls guide sits in the index. */
export const GUIDE_CATEGORIES = ['social', 'messaging', 'video', 'gaming', 'device', 'broadband-and-mobile'] as const;
export type GuideCategory = (typeof GUIDE_CATEGORIES)[number];

/** What the guides index needs of one guide: content/guides/<id>.md without its steps. */
export interface GuideSummary {
  id: string;
  name: string;
  category: GuideCategory;
  /** The platform's own minimum age; absent where no reliable one is known (then `ageNote` says why). */
  minimumAge?: number;
  /** About the age, e.g. "No platform minimum age found"; shown next to the badge. */
  ageNote?: Inline[];
  /** Age ratings as given (["PEGI 7", "App Store 9+"]): what the content suits, never a minimum age. */
  rating?: string[];
  /** Reported facts not yet checked against the platform's own pages (shown in the content report). */
  toCheck?: string[];
  /** Who a platform is built for, where it is built for younger children: "children up to 12". */
  madeFor?: string;
  /**
   * The heading of the guide's own section for a child under the minimum age who uses it anyway ("If your child is
   * under 13 and uses it anyway"): the index points to it when a parent chooses a younger age.
   */
  underAgeSection?: string;
  /** What parents should know, one or two sentences: the card's text. */
  summary: Inline[];
  /** Other words a parent may search for ("insta", "Screen Time"). */
  searchTerms: string[];
  source: string;
  reviewed: string;
}

/**
 * A guide's card in the list: what the card shows and what search, the type filter and the child's age read. The
 * age note and the source are shown only in the open guide, which comes from the guide's own file, and `toCheck`
 * only in the content report: none of them is in what a reader downloads for the list.
 */
export type GuideCard = Omit<GuideSummary, 'ageNote' | 'toCheck' | 'source'>;

/** One whole guide: the summary plus its body (an introduction, then `##` sections of numbered steps). */
export interface Guide extends GuideSummary {
  body: Block[];
}

/**
 * A "What is it about?" topic of the help-links panel (content/topics/<id>.md): a reader's worry in their own words,
 * leading to the two or three services that fit it, named by their file names in content/services/.
 */
export interface Topic {
  id: string;
  /** The worry, as the reader would say it, e.g. "Someone is asking my child for images". */
  title: string;
  /** Its place in the list, 1 first. */
  order: number;
  /** The panels that offer it. */
  audiences: Audience[];
  /** The services, by id, in the order the reader should try them (those with a phone number are shown first). */
  services: string[];
  /** A few words of what to do first, shown above the services (may be empty). */
  body: Block[];
  source: string;
  reviewed: string;
}

/* ---- A school's own details: content/schools/<school>.md, or schools/ in a council's folder ---- */

/**
 * What a component shows for the school a snippet names (`data-school="<school>"`): its safeguarding lead and how
 * to reach them. A school without a listed lead is reached through the school's own phone, never an empty contact.
 */
export interface School {
  /** The file name, as a snippet names it. */
  id: string;
  name: string;
  /** The school office's number: always given, so there is always someone to call. */
  phone: string;
  email?: string;
  /** The school's own page about online safety. */
  onlineSafetyPage?: string;
  /** The designated safeguarding lead's name, e.g. "Ms A Patel", and their own number and e-mail if published. */
  lead?: string;
  leadPhone?: string;
  leadEmail?: string;
  /** The deputy designated safeguarding lead's name. */
  deputy?: string;
  /** The council whose folder applies to this school (its folder's name), if any. */
  council?: string;
  source: string;
  reviewed: string;
}

/**
 * A service as one audience's help panel receives it: without what only the build and the content report use, in
 * the order of that audience's list, and `listed` if it is in the list (not only named by a topic).
 */
export type PanelService = Omit<Service, 'source' | 'reviewed' | 'essential' | 'emergency' | 'audiences'> & { listed?: true };
/** A topic as the help panel receives it: in order, without what only the build and the content report use. */
export type PanelTopic = Omit<Topic, 'source' | 'reviewed' | 'order' | 'audiences'>;
/** A child's plan as the component receives it: without its provenance (for the content report). */
export type ChildPlanContent = Omit<ChildPlan, 'source' | 'reviewed'>;
/** An agreement group as the component receives it: in order, without its order and provenance. */
export type AgreementGroupContent = Omit<AgreementGroup, 'order' | 'source' | 'sourceNote' | 'reviewed'>;
/** An alert as the panel receives it: without the date it was checked (for the content report). */
export type AlertContent = Omit<Alert, 'reviewed'>;
/**
 * Contacts a response card may name that only a council's folder provides (content/services/ has none): shown
 * where the council gives them, left out where it does not.
 *   front-door: the council's children's services front door (referrals about a child's safety)
 *   lado: the Local Authority Designated Officer (allegations against people who work with children)
 */
export const LOCAL_CONTACTS = ['front-door', 'lado'] as const;
