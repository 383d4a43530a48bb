import { z } from 'zod';
import { LOCAL_CONTACTS, RESPONSE_AUDIENCES, type ResponseCard } from '../types.ts';
import { SCHOOL_DSL } from '../school-dsl.ts';
import { checkFlow } from '../../build/response-flow.ts';
import { inlineMarkdown, provenance, type Collection } from './common.ts';

/** The adults' response card: content/response/<audience>.md (see src/components/response-card/). */

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
  'not-sure': stepId.describe('the question or outcome "Not sure" leads to: the safe course (tell the DSL now, or the school; 999 if a child may be in danger)'),
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
        questions: Object.entries(fm.flow.questions).map(([id, { 'not-sure': notSure, ...q }]) => ({ id, ...q, notSure })),
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
    // A local contact (the council's LADO, its front door) is shown where a council's folder gives it.
    .filter(({ id }) => id !== SCHOOL_DSL && !(LOCAL_CONTACTS as readonly string[]).includes(id) && !serviceIds.has(id))
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
  checkAll(cards, earlier) {
    // Every services file counts, even one with a problem of its own: that problem is reported there, not again here.
    const serviceIds = new Set(earlier.files.services ?? []);
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

