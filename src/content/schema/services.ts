/** Help services: content/services/<id>.md, one per service (the help-links panel). */
import { z } from 'zod';
import { AUDIENCES, type Service } from '../types.ts';
import { httpsUrl, inlineMarkdown, phoneNumber, provenance, type Collection } from './common.ts';

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
        path: ['emergency'],
        message: `exactly one service must have "emergency: true" (the police, 999); found ${emergency.length}`,
      },
    ];
  },
  sort: (a, b) => a.id.localeCompare(b.id),
};

