import { z } from 'zod';
import { CHILD_PLAN_VERSIONS, type ChildPlan, type PlanContact, type Service } from '../types.ts';
import { inlineMarkdown, provenance, type Collection } from './common.ts';

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

