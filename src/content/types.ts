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
  /** The services marked `essential: true`, reduced to a name, a page and one number. */
  links: { name: string; url?: string; phone?: string }[];
}

/* ---- The adults' response card: content/response/<audience>.md ---- */

/** Who a response card speaks to. */
export const RESPONSE_AUDIENCES = ['staff', 'parents'] as const;
export type ResponseAudience = (typeof RESPONSE_AUDIENCES)[number];

/** A contact a card names: a service id from content/services/, or the school's own safeguarding lead. */
export const SCHOOL_DSL = 'school-dsl';

/** A yes/no question in "What should I do now?". `yes` and `no` are the ids of the next question or outcome. */
export interface FlowQuestion {
  id: string;
  ask: Inline[];
  hint?: Inline[];
  yes: string;
  no: string;
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
