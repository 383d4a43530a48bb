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

