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
import { AUDIENCES, ALERT_LEVELS, AGE_BANDS, PROMISERS, type Alert, type AgreementGroup, type AgeBand, type Inline, type Service } from './types.ts';

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
  /**
   * Checks and fills in references to other collections (e.g. a service named by its id), once every collection
   * is compiled. `path` is the field in the file the problem is reported against.
   */
  link?(items: Item[], content: Record<string, unknown[]>): { id: string; path: PropertyKey[]; message: string }[];
  /** Checks of one file against its own name or body, each reported on the line of `field` (or line 1 without one). */
  checkFile?(item: Item): { field?: string; message: string }[];
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

/* The family agreement: content/agreement/<group>.md, one group of suggested promises per file. */

const BAND_IDS = AGE_BANDS.map((b) => b.id) as [AgeBand, ...AgeBand[]];
const BAND_LIST = `${BAND_IDS.slice(0, -1).join(', ')} and ${BAND_IDS.at(-1)}`;

/** Text that may hold the word {device}, and no other word in braces. */
const withDevice = (s: string) => !/\{(?!device\})[^}]*\}/.test(s);
const DEVICE_HINT = 'the only word in braces allowed is {device} (it becomes phone, tablet or games console): check the spelling';

const hasLink = (nodes: Inline[]): boolean => nodes.some((n) => n.type === 'link' || ('children' in n && hasLink(n.children)));

/** A list of age bands, or "all"; always compiled in the bands' own order. */
const ageBands = z.preprocess(
  (ages) => (ages === 'all' ? [...BAND_IDS] : ages),
  z
    .array(z.enum(BAND_IDS, { error: `the age bands are ${BAND_LIST}` }), {
      error: `write the age bands as a list, e.g. [8-11, 12-15], or "all"; the bands are ${BAND_LIST}`,
    })
    .min(1, `list at least one age band: ${BAND_LIST}`)
    .transform((ages): AgeBand[] => BAND_IDS.filter((b) => ages.includes(b))),
);

const agreementPromise = z.strictObject({
  text: z
    .string({ error: 'write the promise as one sentence' })
    .min(1, 'write the promise as one sentence')
    .refine(withDevice, DEVICE_HINT)
    .pipe(inlineMarkdown)
    .refine((nodes) => !hasLink(nodes), 'a promise cannot hold a link (it sits inside a tick box): name the service under "contacts:" instead')
    .describe('the promise, as the child or parent would say it, e.g. "I will ask before I download an app"'),
  ages: ageBands.describe(`the age bands it suits, e.g. [8-11, 12-15], or "all"; the bands are ${BAND_LIST}`),
});

export const agreementFrontMatter = z
  .strictObject({
    title: z.string().min(1).refine(withDevice, DEVICE_HINT).describe('the group\'s title, e.g. "Where my {device} lives at night"'),
    who: z.enum(PROMISERS, { error: 'who is child or parent' }).describe('whose promises these are: child, or parent (the parent or carer)'),
    order: z.int('write the order as a whole number, 1 for first').min(1, 'use 1 for first').optional().describe('its place among the same person\'s groups, 1 first'),
    promises: z
      .array(agreementPromise, { error: 'list the promises, each as "- text: …" with "ages: […]" below it' })
      .min(1, 'list at least one promise')
      .describe('the suggested promises, each "- text: …" with "ages: […]" below it'),
    contacts: z
      .array(z.string().regex(/^[a-z0-9-]+$/, 'write the service\'s file name without .md, e.g. childline'))
      .optional()
      .describe('help services to show with this group, by their file name in content/services/, e.g. [childline]'),
    ...provenance,
  })
  .transform(
    (fm): Omit<AgreementGroup, 'id' | 'body'> => ({
      title: fm.title,
      who: fm.who,
      order: fm.order ?? 99,
      promises: fm.promises,
      contacts: (fm.contacts ?? []).map((id) => ({ id, name: '' })),
      source: fm.source,
      reviewed: fm.reviewed,
    }),
  );

/* ---- Alerts: content/alerts/<published>-<slug>.md ---- */

const SUMMARY_MAX = 280;

export const alertFrontMatter = z
  .strictObject({
    title: z.string({ error: 'write the title as one line of text' }).min(1, 'write a title').describe('a short title that says what to do, e.g. "App updates can switch settings back"'),
    published: isoDate.describe('the date (YYYY-MM-DD) the alert is first shown; the file name starts with the same date'),
    expires: isoDate.optional().describe('the last date (YYYY-MM-DD) the alert is shown; leave it out to keep it until the file is removed'),
    audience: z
      .enum(['staff', 'parents', 'both'], { error: 'the audience is staff, parents or both' })
      .describe('who it is for: staff, parents or both'),
    level: z
      .enum(ALERT_LEVELS, { error: 'the level is information, advice or warning' })
      .describe('information, advice or warning'),
    summary: z
      .string({ error: 'write the summary as one short paragraph' })
      .max(SUMMARY_MAX, `keep the summary to ${SUMMARY_MAX} characters or fewer: put the detail in the text below the fields`)
      .pipe(inlineMarkdown)
      .describe('one or two sentences shown before the alert is opened'),
    ...provenance,
  })
  .refine((fm) => !fm.expires || fm.expires >= fm.published, {
    message: 'the alert expires before it is published: the expiry date must be on or after the published date',
    path: ['expires'],
  })
  .transform(
    (fm): Omit<Alert, 'id' | 'body'> => ({
      title: fm.title,
      published: fm.published,
      expires: fm.expires,
      audiences: fm.audience === 'both' ? ['staff', 'parents'] : [fm.audience],
      level: fm.level,
      summary: fm.summary,
      source: fm.source,
      reviewed: fm.reviewed,
    }),
  );

export const agreement: Collection<AgreementGroup> = {
  folder: 'agreement',
  frontMatter: agreementFrontMatter,
  checkAll(items) {
    const missing = PROMISERS.filter((who) => !items.some((g) => g.who === who));
    return missing.map((who) => ({ id: items[0]?.id ?? '', field: 'who', message: `no group has "who: ${who}": the agreement needs promises from both the child and the parent` }));
  },
  sort: (a, b) => PROMISERS.indexOf(a.who) - PROMISERS.indexOf(b.who) || a.order - b.order || a.id.localeCompare(b.id),
  link(items, content) {
    const known = new Map((content.services as Service[]).map((s) => [s.id, s]));
    const problems: { id: string; path: PropertyKey[]; message: string }[] = [];
    for (const group of items) {
      group.contacts.forEach((contact, i) => {
        const service = known.get(contact.id);
        if (!service) {
          const names = [...known.keys()].sort().join(', ');
          problems.push({ id: group.id, path: ['contacts', i], message: `contacts: there is no service "${contact.id}" in content/services/. Known: ${names}` });
          return;
        }
        Object.assign(contact, { name: service.name, phone: service.phones[0], url: service.url });
      });
    }
    return problems;
  },
};

const ALERT_FILE = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]/;

export const alerts: Collection<Alert> = {
  folder: 'alerts',
  frontMatter: alertFrontMatter,
  checkFile(alert) {
    const problems: { field?: string; message: string }[] = [];
    const date = ALERT_FILE.exec(alert.id)?.[1];
    if (!date) {
      problems.push({ message: `the file name must start with the published date, then a few words: ${alert.published}-what-it-is-about.md` });
    } else if (date !== alert.published) {
      problems.push({
        field: 'published',
        message: `published "${alert.published}" does not match the date the file name starts with (${date}): correct the date or rename the file`,
      });
    }
    if (alert.body.length === 0) {
      problems.push({ message: 'the alert has no text: below the second "---", write what to do (it shows when the alert is opened)' });
    }
    return problems;
  },
  /** Newest first; on the same day, by file name. */
  sort: (a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id),
};

/** Every collection the build compiles, by the name components import it under. */
export const collections = { services, agreement, alerts } as const;
export type CollectionName = keyof typeof collections;
