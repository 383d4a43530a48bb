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
  /** What parents should know, one or two sentences: the card's text. */
  summary: Inline[];
  /** Other words a parent may search for ("insta", "Screen Time"). */
  searchTerms: string[];
  source: string;
  reviewed: string;
}

/** One whole guide: the summary plus its body (an introduction, then `##` sections of numbered steps). */
export interface Guide extends GuideSummary {
  body: Block[];
}
