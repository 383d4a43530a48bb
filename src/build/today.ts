/**
 * The build's "today": the day the content is checked and published for. Council staff can set SAFE_KIT_TODAY
 * (YYYY-MM-DD) to preview what readers will see on a future date (alerts that will have expired, files that
 * will be due for review); the tests set it so that they give the same answer on any date.
 */
import { localToday, validDate } from '../components/alerts/current.ts';

export function buildToday(env: Record<string, string | undefined> = process.env): string {
  if (!env.SAFE_KIT_TODAY) return localToday();
  const today = validDate(env.SAFE_KIT_TODAY);
  if (!today) throw new Error(`SAFE_KIT_TODAY "${env.SAFE_KIT_TODAY}" is not a date: write it YYYY-MM-DD, or leave it out for today`);
  return today;
}


/** The build's "today" (see buildToday): the content check and the review list use the same day. */
export const today = buildToday;

/** The date `months` calendar months after `iso` (YYYY-MM-DD), e.g. when a file's next check is due. */
export function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}
