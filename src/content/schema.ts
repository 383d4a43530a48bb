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
import { AUDIENCES, CHILD_PLAN_VERSIONS, type ChildPlan, type PlanContact, type Service } from './types.ts';

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
  /** The fields' schema; made from the collections compiled before this one where its files refer to them by id. */
  frontMatter: z.ZodType<Omit<Item, 'id' | 'body'>> | ((earlier: EarlierContent) => z.ZodType<Omit<Item, 'id' | 'body'>>);
  /** Checks across the whole collection (e.g. exactly one emergency service), reported against a file. */
  checkAll?(items: Item[]): { id: string; field: string; message: string }[];
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

/* ── A child's plan: content/child-plan/younger.md and older.md ── */

/** One service a plan step points to: the words are the plan's own, the contact details come from the service. */
const planHelp = (services: Service[], serviceFiles: string[]) =>
  z
    .strictObject({
      service: z
        .string({ error: 'name a service by its file name in content/services/, e.g. "childline"' })
        .describe('the file name (without .md) of a service in content/services/, e.g. "childline"'),
      text: inlineMarkdown.describe('one sentence, in words a child uses, on what this service does for them'),
      'link-text': z.string().min(1).optional().describe('the words of the link to the service, if not the service\'s own'),
    })
    .transform((h, ctx): PlanContact => {
      const service = services.find((s) => s.id === h.service);
      // A service whose own file has a problem is reported there, not again here.
      if (!service && serviceFiles.includes(h.service)) return { service: h.service, name: h.service, text: h.text, phones: [] };
      if (!service) {
        const known = serviceFiles.join(', ');
        ctx.addIssue({
          code: 'custom',
          path: ['service'],
          message: `there is no service "${h.service}" in content/services/ (or its file has a problem listed here): use one of ${known}`,
        });
        return z.NEVER;
      }
      return {
        service: service.id,
        name: service.name,
        text: h.text,
        url: service.url,
        linkText: service.url ? (h['link-text'] ?? service.linkText) : undefined,
        phones: service.phones,
      };
    });

const planStep = (services: Service[], serviceFiles: string[]) =>
  z.strictObject({
    heading: z.string().min(1, 'give the step a short heading, e.g. "Stop"').describe('a short heading, e.g. "Stop"'),
    text: inlineMarkdown.describe('one or two sentences, in words a child uses'),
    help: z.array(planHelp(services, serviceFiles)).default([]).describe('services for this step, each "- service: childline" with "text: …"'),
  });

export const childPlanFrontMatter = (services: Service[], serviceFiles: string[]) =>
  z
    .strictObject({
      title: z.string().min(1).describe('the plan\'s heading, e.g. "What to do if something online worries you"'),
      intro: inlineMarkdown.describe('one or two sentences that come first: that it is not their fault'),
      steps: z
        .array(planStep(services, serviceFiles))
        .length(3, 'the plan has exactly three steps: stop, tell an adult you trust, get help to report and remove it')
        .describe('the three steps, each "- heading: …" with "text: …"'),
      ...provenance,
    })
    .transform((fm): Omit<ChildPlan, 'id' | 'body'> => ({
      title: fm.title,
      intro: fm.intro,
      steps: fm.steps,
      source: fm.source,
      reviewed: fm.reviewed,
    }));

export const childPlan: Collection<ChildPlan> = {
  folder: 'child-plan',
  frontMatter: (earlier) => childPlanFrontMatter((earlier.items.services ?? []) as Service[], earlier.files.services ?? []),
  checkAll(items) {
    const ids = items.map((p) => p.id as string);
    const stray = ids.find((id) => !(CHILD_PLAN_VERSIONS as readonly string[]).includes(id));
    if (stray) return [{ id: stray, field: 'file name', message: `a plan is named for its version: ${CHILD_PLAN_VERSIONS.map((v) => `${v}.md`).join(' or ')}` }];
    const missing = CHILD_PLAN_VERSIONS.find((v) => !ids.includes(v));
    return missing ? [{ id: missing, field: 'file', message: `this file is missing: every version of the plan (${CHILD_PLAN_VERSIONS.join(', ')}) needs one` }] : [];
  },
  sort: (a, b) => CHILD_PLAN_VERSIONS.indexOf(a.id) - CHILD_PLAN_VERSIONS.indexOf(b.id),
};

/**
 * The collections compiled so far, by name (services come first, so other collections can name them): the items
 * that compiled, and the ids of all their files, so that a file with its own problem is not also reported as missing.
 */
export interface EarlierContent {
  items: Readonly<Record<string, unknown[] | undefined>>;
  files: Readonly<Record<string, string[] | undefined>>;
}

/** Every collection the build compiles, by the name components import it under. */
export const collections = { services, 'child-plan': childPlan } as const;
export type CollectionName = keyof typeof collections;
