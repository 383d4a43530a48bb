import { z } from 'zod';
import { ALERT_LEVELS, type Alert } from '../types.ts';
import { inlineMarkdown, isoDate, provenance, type Collection } from './common.ts';

/** Alerts: content/alerts/<published>-<slug>.md, one per alert (the alerts panel and feeds). */

const SUMMARY_MAX = 280;

export const alertFrontMatter = z
  .strictObject({
    title: z.string({ error: 'write the title as one line of text' }).min(1, 'write a title').describe('a short title that says what to do, e.g. "App updates can switch settings back"'),
    published: isoDate.describe('the date (YYYY-MM-DD) the alert is first shown; the file name starts with the same date'),
    expires: isoDate.optional().describe('the last date (YYYY-MM-DD) the alert is shown; leave it out to keep it until the file is removed'),
    audience: z
      .enum(['staff', 'parents', 'both'], { error: 'the audience is staff, parents or both' })
      .describe('who it is for: staff, parents or both'),
    level: z
      .enum(ALERT_LEVELS, { error: 'the level is information, advice or warning' })
      .describe('information, advice or warning'),
    summary: z
      .string({ error: 'write the summary as one short paragraph' })
      .max(SUMMARY_MAX, `keep the summary to ${SUMMARY_MAX} characters or fewer: put the detail in the text below the fields`)
      .pipe(inlineMarkdown)
      .describe('one or two sentences shown before the alert is opened'),
    ...provenance,
  })
  .refine((fm) => !fm.expires || fm.expires >= fm.published, {
    message: 'the alert expires before it is published: the expiry date must be on or after the published date',
    path: ['expires'],
  })
  .transform(
    (fm): Omit<Alert, 'id' | 'body'> => ({
      title: fm.title,
      published: fm.published,
      expires: fm.expires,
      audiences: fm.audience === 'both' ? ['staff', 'parents'] : [fm.audience],
      level: fm.level,
      summary: fm.summary,
      source: fm.source,
      reviewed: fm.reviewed,
    }),
  );

const ALERT_FILE = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]/;

export const alerts: Collection<Alert> = {
  folder: 'alerts',
  frontMatter: alertFrontMatter,
  checkFile(alert) {
    const problems: { field?: string; message: string }[] = [];
    const date = ALERT_FILE.exec(alert.id)?.[1];
    if (!date) {
      problems.push({ message: `the file name must start with the published date, then a few words: ${alert.published}-what-it-is-about.md` });
    } else if (date !== alert.published) {
      problems.push({
        field: 'published',
        message: `published "${alert.published}" does not match the date the file name starts with (${date}): correct the date or rename the file`,
      });
    }
    if (alert.body.length === 0) {
      problems.push({ message: 'the alert has no text: below the second "---", write what to do (it shows when the alert is opened)' });
    }
    return problems;
  },
  /** Newest first; on the same day, by file name. */
  sort: (a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id),
};

