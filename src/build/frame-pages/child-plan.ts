/** The older children's plan (the plan's default version) as plain HTML: the three steps with their contacts. */
import type { ChildPlan } from '../../content/types.ts';
import { blocksHtml, escapeHtml, inlineHtml } from '../static-html.ts';
import { h, list, phoneLink } from './shared.ts';

export function childPlanHtml(plans: ChildPlan[]): { title: string; html: string } {
  const plan = plans.find((p) => p.id === 'older') ?? plans[0];
  const steps = plan.steps
    .map(
      (step, i) =>
        `<li>${h(3, `<span class="visually-hidden">Step ${i + 1}: </span>${escapeHtml(step.heading)}`)}<p>${inlineHtml(step.text)}</p>${step.help
          .map(
            (c) =>
              `<p>${inlineHtml(c.text)}</p>${list([
                ...c.phones.map((p) => phoneLink(p, c.name)),
                ...(c.url ? [`<a href="${escapeHtml(c.url)}">${escapeHtml(c.linkText ?? c.name)}</a>`] : []),
              ])}`,
          )
          .join('')}</li>`,
    )
    .join('');
  return { title: plan.title, html: `<p>${inlineHtml(plan.intro)}</p><ol class="items">${steps}</ol>${blocksHtml(plan.body, 3)}` };
}
