import { z } from 'zod';
import type { ChildPlan, PlanContact, Service } from '../types.ts';
import { CHILD_PLAN_VERSIONS } from '../child-plan-versions.ts';
import { inlineMarkdown, provenance, type Collection } from './common.ts';

/* ── A child's plan: content/child-plan/younger.md and older.md ── */

/**
 * One service a plan step points to: the words are the plan's own; the name, numbers and address are filled in
 * from the service's own file by the collection's check below, so one edit there changes every plan.
 */
const planHelp = z
  .strictObject({
    service: z
      .string({ error: 'name a service by its file name in content/services/, e.g. "childline"' })
      .describe('the file name (without .md) of a service in content/services/, e.g. "childline"'),
    text: inlineMarkdown.describe('one sentence, in words a child uses, on what this service does for them'),
    'link-text': z.string().min(1).optional().describe('the words of the link to the service, if not the service\'s own'),
  })
  .transform((h): PlanContact => ({ service: h.service, name: h.service, text: h.text, linkText: h['link-text'], phones: [] }));

const planStep = z.strictObject({
  heading: z.string().min(1, 'give the step a short heading, e.g. "Stop"').describe('a short heading, e.g. "Stop"'),
  text: inlineMarkdown.describe('one or two sentences, in words a child uses'),
  help: z.array(planHelp).default([]).describe('services for this step, each "- service: childline" with "text: …"'),
});

export const childPlanFrontMatter = z
  .strictObject({
    title: z.string().min(1).describe('the plan\'s heading, e.g. "What to do if something online worries you"'),
    intro: inlineMarkdown.describe('one or two sentences that come first: that it is not their fault'),
    steps: z
      .array(planStep)
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

type Problem = { id: string; field: string; message: string; path?: PropertyKey[] };

/** Fills in each step's services from content/services/, and names any service id that does not exist. */
function linkServices(plans: ChildPlan[], services: Service[], serviceFiles: string[]): Problem[] {
  const problems: Problem[] = [];
  for (const plan of plans) {
    plan.steps.forEach((step, i) =>
      step.help.forEach((contact, j) => {
        const service = services.find((s) => s.id === contact.service);
        if (service) {
          Object.assign(contact, {
            name: service.name,
            url: service.url,
            linkText: service.url ? (contact.linkText ?? service.linkText) : undefined,
            phones: service.phones,
          });
        } else if (!serviceFiles.includes(contact.service)) {
          // A service whose own file has a problem is reported there, not again here.
          problems.push({
            id: plan.id,
            path: ['steps', i, 'help', j, 'service'],
            field: `steps → help → service "${contact.service}"`,
            message: `there is no service "${contact.service}" in content/services/: use one of ${serviceFiles.join(', ')}`,
          });
        }
      }),
    );
  }
  return problems;
}

export const childPlan: Collection<ChildPlan> = {
  folder: 'child-plan',
  frontMatter: childPlanFrontMatter,
  checkAll(items, earlier) {
    const problems = linkServices(items, (earlier.items.services ?? []) as Service[], earlier.files.services ?? []);
    const ids = items.map((p) => p.id as string);
    const stray = ids.find((id) => !(CHILD_PLAN_VERSIONS as readonly string[]).includes(id));
    if (stray) return [...problems, { id: stray, field: 'file name', message: `a plan is named for its version: ${CHILD_PLAN_VERSIONS.map((v) => `${v}.md`).join(' or ')}` }];
    const missing = CHILD_PLAN_VERSIONS.find((v) => !ids.includes(v));
    if (missing) problems.push({ id: missing, field: 'file', message: `this file is missing: every version of the plan (${CHILD_PLAN_VERSIONS.join(', ')}) needs one` });
    return problems;
  },
  sort: (a, b) => CHILD_PLAN_VERSIONS.indexOf(a.id) - CHILD_PLAN_VERSIONS.indexOf(b.id),
};

