/**
 * Which alerts are current on a given day. Shared by the component (the reader's day, or its `today` attribute)
 * and the feeds (the day of the build), so a page and a feed built the same day agree.
 */
import type { AlertAudience, AlertContent } from '../../content/types.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD that is a real date, or undefined. */
export function validDate(value: string | null | undefined): string | undefined {
  const v = (value ?? '').trim();
  if (!ISO_DATE.test(v)) return undefined;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) ? v : undefined;
}

/** The reader's own date, YYYY-MM-DD, in their own time zone (not UTC: an alert expires at the reader's midnight). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Shown from its published date up to and including its expiry date. */
export const isCurrent = (alert: AlertContent, today: string) =>
  alert.published <= today && (!alert.expires || today <= alert.expires);

/** The current alerts for an audience (or for everyone), newest first: the panel's (AlertContent) or the feeds' (Alert). */
export function currentAlerts<A extends AlertContent>(alerts: readonly A[], today: string, audience?: AlertAudience): A[] {
  return alerts
    .filter((a) => isCurrent(a, today) && (!audience || a.audiences.includes(audience)))
    .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
}
