/** The agreement's words that follow the family's choices: the device, the two sides, the count, today's date. */
import type { Inline, Promiser } from '../../content/types.ts';

export const DEVICES = { phone: 'phone', tablet: 'tablet', console: 'games console' } as const;
export type Device = keyof typeof DEVICES;

export const SIDES: { who: Promiser; title: string; own: string }[] = [
  { who: 'child', title: 'Promises for the child', own: 'The child’s own promises' },
  { who: 'parent', title: 'Promises for the parent or carer', own: 'The parent’s or carer’s own promises' },
];

/** Puts the chosen device into `{device}` in a promise's text. */
export function withDevice(nodes: Inline[], device: string): Inline[] {
  return nodes.map((n) =>
    n.type === 'text' ? { ...n, text: n.text.replaceAll('{device}', device) } : 'children' in n ? { ...n, children: withDevice(n.children, device) } : n,
  );
}

/** Today as YYYY-MM-DD in the reader's own time zone. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const plural = (n: number) => `${n} promise${n === 1 ? '' : 's'}`;
