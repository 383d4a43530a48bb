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
