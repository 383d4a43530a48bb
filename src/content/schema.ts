/**
 * The content schema: every field a content file may have, in one place.
 *
 * Field names are written in the files as `kebab-case` (what editors see in the YAML) and arrive in the
 * components as the camelCase types of ./types.ts. Each field's `.describe()` text is the hint an editor sees
 * when the field is missing, so write it as an instruction.
 *
 * Runs at build time only: zod never reaches a school's page.
 */
import { z } from 'zod';
import { parseInline, MarkdownError } from '../build/markdown.ts';
import { AUDIENCES, GUIDE_CATEGORIES, type Guide, type Service } from './types.ts';

/** A real calendar date written YYYY-MM-DD, not in the future. */
export const isoDate = z.string({ error: 'write the date as YYYY-MM-DD, e.g. 2026-11-25' }).superRefine((s, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) ctx.addIssue({ code: 'custom', message: 'write the date as YYYY-MM-DD, e.g. 2026-11-25' });
  else if (Number.isNaN(Date.parse(s)) || !new Date(s).toISOString().startsWith(s)) ctx.addIssue({ code: 'custom', message: 'this is not a real date' });
});

export const httpsUrl = z
  .string({ error: 'write the full address, starting https://' })
  .refine((s) => URL.canParse(s) && s.startsWith('https://') && !/\s/.test(s), 'write the full address, starting https://');

/** Every file says where its facts came from and when a person last checked them against that source. */
const provenance = {
  source: httpsUrl.describe('the https:// address of the page the facts in this file come from'),
  reviewed: isoDate
    .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || s <= new Date().toISOString().slice(0, 10), 'this date is in the future: use the date the facts were checked')
    .describe('the date (YYYY-MM-DD) a person last checked this file against its source'),
};

/** A one-paragraph markdown field, compiled to inline nodes. */
export const inlineMarkdown = z.string().transform((text, ctx) => {
  try {
    return parseInline(text);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: e instanceof MarkdownError ? e.message : String(e) });
    return z.NEVER;
  }
});

/** A UK phone number as it is said aloud: digits and spaces, e.g. "0800 1111" or "999". */
const phoneNumber = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^(\+44 ?)?[0-9][0-9 ]{1,14}[0-9]$/, 'write the number as digits and spaces only, e.g. "0800 1111"'));

const audienceOrder = z
  .partialRecord(z.enum(AUDIENCES, { error: 'audiences are children, parents and staff' }), z.int().min(1, 'use 1 for first'))
  .refine((r) => Object.keys(r).length > 0, 'list at least one audience, e.g. "parents: 1"');

export const serviceFrontMatter = z
  .strictObject({
    name: z.string().min(1).describe('the service\'s name as a reader knows it, e.g. "Childline"'),
    summary: inlineMarkdown.describe('one sentence on what the service is for'),
    'not-for': inlineMarkdown.optional().describe('one sentence on what it is not for, and where to go instead'),
    category: z
      .enum(['talk', 'report', 'advice'], { error: 'the category is talk, report or advice' })
      .describe('talk (someone to speak to), report (where to report) or advice (guides and information)'),
    audiences: audienceOrder.describe(
      'who sees it, each with its place in their list, e.g.\n  audiences:\n    children: 1\n    parents: 4',
    ),
    url: httpsUrl.optional().describe('the https:// address of the service\'s own page'),
    'link-text': z.string().min(1).optional().describe('the words of the link, if not "Visit <name>"'),
    phone: z
      .array(z.strictObject({ number: phoneNumber.describe('the number, e.g. "0800 1111"'), label: z.string().optional() }))
      .optional()
      .describe('phone numbers, each "- number: …" with an optional "label: …"'),
    email: z.email('write one e-mail address, e.g. help@example.org').optional(),
    emergency: z.boolean().default(false),
    essential: z.boolean().default(false),
    ...provenance,
  })
  .refine((fm) => fm.url || fm.phone?.length, { message: 'give the service a "url: https://…" or a "phone:" (or both)', path: ['url'] })
  .transform(
    (fm): Omit<Service, 'id' | 'body'> => ({
      name: fm.name,
      summary: fm.summary,
      notFor: fm['not-for'],
      category: fm.category,
      audiences: fm.audiences,
      url: fm.url,
      linkText: fm.url ? (fm['link-text'] ?? `Visit ${fm.name}`) : undefined,
      phones: fm.phone ?? [],
      email: fm.email,
      emergency: fm.emergency,
      essential: fm.essential,
      source: fm.source,
      reviewed: fm.reviewed,
    }),
  );

/** A content collection: a folder of markdown files, each validated by one schema. */
export interface Collection<Item> {
  /** The folder under content/. */
  folder: string;
  frontMatter: z.ZodType<Omit<Item, 'id' | 'body'>>;
  /** Checks across the whole collection (e.g. exactly one emergency service), reported against a file. */
  checkAll?(items: Item[]): { id: string; field: string; message: string }[];
  /** The order the components receive the items in. */
  sort?(a: Item, b: Item): number;
  /** Checks of the markdown body's shape, each at its 0-based line within the body. */
  checkBody?(markdown: string): { lineOffset: number; message: string }[];
}

export const services: Collection<Service> = {
  folder: 'services',
  frontMatter: serviceFrontMatter,
  checkAll(items) {
    const emergency = items.filter((s) => s.emergency);
    if (emergency.length === 1) return [];
    const where = emergency[1] ?? items[0];
    return [
      {
        id: where?.id ?? '',
        field: 'emergency',
        message: `exactly one service must have "emergency: true" (the police, 999); found ${emergency.length}`,
      },
    ];
  },
  sort: (a, b) => a.id.localeCompare(b.id),
};


/* ---- Parental-controls guides: content/guides/<id>.md ---- */

export const guideFrontMatter = z
  .strictObject({
    name: z.string().min(1).describe('the app, device or service as parents know it, e.g. "TikTok"'),
    category: z
      .enum(GUIDE_CATEGORIES, { error: `the category is one of: ${GUIDE_CATEGORIES.join(', ')}` })
      .describe(`one of: ${GUIDE_CATEGORIES.join(', ')}`),
    'minimum-age': z
      .int('write the minimum age as a whole number, e.g. 13')
      .min(0, 'write the minimum age as a whole number, e.g. 13')
      .max(21, 'write the minimum age as a whole number, e.g. 13')
      .optional()
      .describe('the platform\'s own minimum age, e.g. 13; where no source gives one, write an "age-note:" saying so instead'),
    'age-note': inlineMarkdown
      .optional()
      .describe('needed where there is no "minimum-age": one sentence saying why, e.g. "No platform minimum age was found."'),
    summary: inlineMarkdown.describe('what parents should know, in one or two sentences: it is shown on the guide\'s card'),
    'search-terms': z
      .array(z.string().min(1))
      .default([])
      .describe('other words parents may search for, e.g.\n  search-terms:\n    - insta\n    - Meta'),
    ...provenance,
  })
  .refine((fm) => fm['minimum-age'] !== undefined || fm['age-note'], {
    message: 'give a "minimum-age: 13", or, where no source gives one, an "age-note: …" saying so',
    path: ['minimum-age'],
  })
  .transform(
    (fm): Omit<Guide, 'id' | 'body'> => ({
      name: fm.name,
      category: fm.category,
      minimumAge: fm['minimum-age'],
      ageNote: fm['age-note'],
      summary: fm.summary,
      searchTerms: fm['search-terms'],
      source: fm.source,
      reviewed: fm.reviewed,
    }),
  );

const HEADING = /^(#{1,6})\s/;
const STEP = /^\d+[.)]\s/;

/**
 * A guide's body: what parents should know (paragraphs), then one or more sections, each a "## " heading followed
 * by numbered steps ("1. …"), so every guide reads, and prints, the same way.
 */
export function checkGuideBody(markdown: string): { lineOffset: number; message: string }[] {
  const lines = markdown.split(/\r?\n/);
  const problems: { lineOffset: number; message: string }[] = [];
  const sections: { line: number; steps: number }[] = [];
  let intro = 0;
  lines.forEach((line, i) => {
    const heading = HEADING.exec(line);
    if (heading) {
      if (heading[1].length !== 2) {
        problems.push({ lineOffset: i, message: 'start each section with "## " (two #), e.g. "## Turn on Family Pairing"' });
      }
      sections.push({ line: i, steps: 0 });
    } else if (STEP.test(line) && sections.length) sections[sections.length - 1].steps++;
    else if (line.trim() && !sections.length) intro++;
  });
  if (!intro) problems.push({ lineOffset: 0, message: 'start the text with what parents should know (a short paragraph), before the first "## " section' });
  if (!sections.length) {
    const last = lines.length - 1 - [...lines].reverse().findIndex((l) => l.trim() !== '');
    problems.push({ lineOffset: Math.max(0, last), message: 'add at least one section: a line "## What to do", then numbered steps "1. …"' });
  }
  for (const s of sections) {
    if (!s.steps) problems.push({ lineOffset: s.line, message: 'this section has no numbered steps: add steps as "1. …", "2. …" under its heading' });
  }
  return problems;
}

export const guides: Collection<Guide> = {
  folder: 'guides',
  frontMatter: guideFrontMatter,
  checkBody: checkGuideBody,
  sort: (a, b) => a.name.localeCompare(b.name, 'en'),
};

/** Every collection the build compiles, by the name components import it under. */
export const collections = { services, guides } as const;
export type CollectionName = keyof typeof collections;
