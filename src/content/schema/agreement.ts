import { z } from 'zod';
import { PROMISERS, type AgreementGroup, type AgeBand, type Inline, type Service } from '../types.ts';
import { AGE_BANDS } from '../age-bands.ts';
import { inlineMarkdown, provenance, type Collection } from './common.ts';

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
    'source-note': z
      .string()
      .min(1)
      .optional()
      .describe('what the source does and does not say, e.g. that it recommends a family agreement but the promises are our own words'),
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
      sourceNote: fm['source-note'],
      reviewed: fm.reviewed,
    }),
  );

export const agreement: Collection<AgreementGroup> = {
  folder: 'agreement',
  frontMatter: agreementFrontMatter,
  /** Both sides have promises; every contact names a service, whose name, number and page are filled in from it. */
  checkAll(items, earlier) {
    const problems: { id: string; field: string; message: string; path?: PropertyKey[] }[] = PROMISERS.filter(
      (who) => !items.some((g) => g.who === who),
    ).map((who) => ({ id: items[0]?.id ?? '', field: 'who', message: `no group has "who: ${who}": the agreement needs promises from both the child and the parent` }));
    const known = new Map(((earlier.items.services ?? []) as Service[]).map((s) => [s.id, s]));
    const files = earlier.files.services ?? [];
    for (const group of items) {
      group.contacts.forEach((contact, i) => {
        const service = known.get(contact.id);
        if (service) Object.assign(contact, { name: service.name, phone: service.phones[0], url: service.url });
        // A services file with a problem of its own is reported there, not again here.
        else if (!files.includes(contact.id)) {
          problems.push({ id: group.id, field: 'contacts', path: ['contacts', i], message: `there is no service "${contact.id}" in content/services/. Known: ${files.join(', ')}` });
        }
      });
    }
    return problems;
  },
  sort: (a, b) => PROMISERS.indexOf(a.who) - PROMISERS.indexOf(b.who) || a.order - b.order || a.id.localeCompare(b.id),
};

