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
import { AUDIENCES, RESPONSE_AUDIENCES, SCHOOL_DSL, type ResponseCard, type Service } from './types.ts';
import { checkFlow } from '../build/response-flow.ts';

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
  /**
   * Checks across the whole collection (e.g. exactly one emergency service), reported against a file, and at the
   * line of `path` when given. `compiled` holds the collections listed before this one in `collections`.
   */
  checkAll?(items: Item[], compiled: Record<string, unknown[]>): { id: string; field: string; message: string; path?: PropertyKey[] }[];
  /** The order the components receive the items in. */
  sort?(a: Item, b: Item): number;
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

/* ---- The adults' response card: content/response/<audience>.md (see src/components/response-card/) ---- */

const stepId = z
  .string({ error: 'write the name of the next question or outcome, e.g. "adult-involved"' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'names are lower-case letters, digits and hyphens, e.g. "adult-involved"');

/** A contact on a card: "school-dsl" (the school's own lead, set by the webmaster) or the name of a services file. */
const contactId = z
  .string({ error: 'write "school-dsl" or the name of a file in content/services/ without .md, e.g. "nspcc-helpline"' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'write "school-dsl" or the name of a file in content/services/ without .md, e.g. "nspcc-helpline"');

const flowQuestion = z.strictObject({
  ask: inlineMarkdown.describe('the yes/no question, e.g. "Is an adult involved?"'),
  hint: inlineMarkdown.optional().describe('one sentence that helps the reader answer'),
  yes: stepId.describe('the question or outcome a "yes" leads to'),
  no: stepId.describe('the question or outcome a "no" leads to'),
});

const flowOutcome = z.strictObject({
  title: z.string().min(1).describe('the next step in a few words, e.g. "Call 999 now"'),
  urgent: z.boolean().default(false).describe('true for an emergency (shown in the emergency colour)'),
  steps: z.array(inlineMarkdown).min(1, 'list at least one thing to do').describe('what to do now, one line each ("- …")'),
  contacts: z.array(contactId).min(1, 'name at least one contact').describe('who to contact: "- school-dsl" or services file names'),
});

export const responseFrontMatter = z
  .strictObject({
    audience: z.enum(RESPONSE_AUDIENCES, { error: 'the audience is staff or parents' }).describe('staff or parents'),
    title: z.string().min(1).describe('the card\'s heading'),
    summary: inlineMarkdown.describe('one or two sentences under the heading: what the card is for'),
    'key-points': z.array(inlineMarkdown).min(1).max(5, 'the short form fits a sidebar: at most 5 key points').describe('the 2 to 5 lines the short form shows, one "- …" each'),
    contacts: z.array(contactId).min(1).describe('who to contact, in order: "- school-dsl" or services file names'),
    flow: z
      .strictObject({
        start: stepId.describe('the name of the first question'),
        questions: z.record(stepId, flowQuestion).describe('the yes/no questions, each under its name'),
        outcomes: z.record(stepId, flowOutcome).describe('where the answers lead, each under its name'),
      })
      .describe('the "What should I do now?" questions: start, questions and outcomes'),
    ...provenance,
  })
  .superRefine((fm, ctx) => {
    for (const issue of checkFlow(fm.flow ?? {})) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  })
  .transform(
    (fm): Omit<ResponseCard, 'id' | 'body'> => ({
      audience: fm.audience,
      title: fm.title,
      summary: fm.summary,
      keyPoints: fm['key-points'],
      contacts: fm.contacts,
      flow: {
        start: fm.flow.start,
        questions: Object.entries(fm.flow.questions).map(([id, q]) => ({ id, ...q })),
        outcomes: Object.entries(fm.flow.outcomes).map(([id, o]) => ({ id, ...o })),
      },
      source: fm.source,
      reviewed: fm.reviewed,
    }),
  );

/** Every contact a card names: the school's lead, or a service that exists. */
function contactProblems(card: ResponseCard, serviceIds: Set<string>) {
  const named: { id: string; path: PropertyKey[] }[] = [
    ...card.contacts.map((id, i) => ({ id, path: ['contacts', i] })),
    ...card.flow.outcomes.flatMap((o) => o.contacts.map((id, i) => ({ id, path: ['flow', 'outcomes', o.id, 'contacts', i] }))),
  ];
  return named
    .filter(({ id }) => id !== SCHOOL_DSL && !serviceIds.has(id))
    .map(({ id, path }) => ({
      id: card.id,
      path,
      field: path.filter((p) => typeof p === 'string').join(' → '),
      message: `there is no service "${id}": use "${SCHOOL_DSL}" or the name of a file in content/services/ (${[...serviceIds].join(', ')})`,
    }));
}

export const response: Collection<ResponseCard> = {
  folder: 'response',
  frontMatter: responseFrontMatter,
  checkAll(cards, compiled) {
    const serviceIds = new Set((compiled.services as Service[] | undefined)?.map((s) => s.id));
    const problems = cards.flatMap((card) => contactProblems(card, serviceIds));
    for (const audience of RESPONSE_AUDIENCES) {
      const those = cards.filter((c) => c.audience === audience);
      if (those.length === 1) continue;
      problems.push({
        id: those[1]?.id ?? cards[0]?.id ?? audience,
        path: ['audience'],
        field: 'audience',
        message: `exactly one card must have "audience: ${audience}"; found ${those.length}`,
      });
    }
    return problems;
  },
  sort: (a, b) => a.id.localeCompare(b.id),
};

/** Every collection the build compiles, by the name components import it under (services first: others refer to it). */
export const collections = { services, response } as const;
export type CollectionName = keyof typeof collections;
