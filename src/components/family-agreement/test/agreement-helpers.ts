/** Shared steps for the family agreement's tests. */
import { loadKit, place, rendered, shadowAll } from '../../../../test/helpers/kit.ts';
import type { AgeBand, AgreementGroup, Inline } from '../../../content/types.ts';

export async function agreement(attributes: Record<string, string> = {}) {
  await loadKit();
  const element = place('safe-family-agreement', { today: '2026-11-25', ...attributes });
  await rendered(element, '[data-promise]');
  return element;
}

/** The text of a promise as the content gives it, with the device put in. */
export const textOf = (nodes: Inline[], device = 'phone'): string =>
  nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'br' ? ' ' : textOf(n.children, device))).join('').replaceAll('{device}', device);

/** Every promise in the content, keyed as the element keys its tick boxes: "<file name>/<place in the group, from 0>". */
export const allPromises = (groups: AgreementGroup[]) =>
  groups.flatMap((g) => g.promises.map((p, i) => ({ key: `${g.id}/${i}`, who: g.who, ages: p.ages, text: p.text })));

/** The promises the content tags with an age band. */
export const taggedFor = (groups: AgreementGroup[], band: AgeBand) => allPromises(groups).filter((p) => p.ages.includes(band));

export const checkboxes = (element: Element) => shadowAll(element, 'input[type="checkbox"]') as HTMLInputElement[];
export const tickedKeys = (element: Element) => checkboxes(element).filter((c) => c.checked).map((c) => c.dataset.promise!).sort();
export const statusText = (element: Element) => element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
export const printedItems = (element: Element, who: 'child' | 'parent') =>
  shadowAll(element, `[data-print="${who}"] .print-list li`).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

export function radio(element: Element, name: string, value: string) {
  return element.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
}

export function input(element: Element, id: string) {
  return element.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
}
