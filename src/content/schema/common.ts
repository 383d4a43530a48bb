/**
 * What every content schema shares: dates, addresses, phone numbers, one-paragraph markdown, where a file's facts
 * came from, and the shape of a collection.
 */
import { z } from 'zod';
import { parseInline, MarkdownError } from '../../build/markdown.ts';
// The real local date, not SAFE_KIT_TODAY: a preview of another day does not make a past review a future one.
import { localToday } from '../../components/alerts/current.ts';

/** A real calendar date written YYYY-MM-DD, not in the future. */
export const isoDate = z.string({ error: 'write the date as YYYY-MM-DD, e.g. 2026-11-25' }).superRefine((s, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) ctx.addIssue({ code: 'custom', message: 'write the date as YYYY-MM-DD, e.g. 2026-11-25' });
  else if (Number.isNaN(Date.parse(s)) || !new Date(s).toISOString().startsWith(s)) ctx.addIssue({ code: 'custom', message: 'this is not a real date' });
});

export const httpsUrl = z
  .string({ error: 'write the full address, starting https://' })
  .refine((s) => URL.canParse(s) && s.startsWith('https://') && !/\s/.test(s), 'write the full address, starting https://');

/** Every file says where its facts came from and when a person last checked them against that source. */
export const provenance = {
  source: httpsUrl.describe('the https:// address of the page the facts in this file come from'),
  reviewed: isoDate
    .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || s <= localToday(), 'this date is in the future: use the date the facts were checked')
    .describe('the date (YYYY-MM-DD) a person last checked this file against its source'),
  /** A file being written: checked like any other, but not published until this line is removed (see layers/). */
  draft: z.boolean({ error: 'write "draft: true" to keep the file unpublished, or remove the line' }).optional()
    .describe('true while the file is being written: it is checked but not published'),
};

/** A one-paragraph markdown field, compiled to inline nodes. */
export const inlineMarkdown = z.string().transform((text, ctx) => {
  try {
    return parseInline(text);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: e instanceof MarkdownError ? e.message : String(e) });
    return z.NEVER;
  }
});

/** A UK phone number as it is said aloud: digits and spaces, e.g. "0800 1111" or "999". */
export const phoneNumber = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^(\+44 ?)?[0-9][0-9 ]{1,14}[0-9]$/, 'write the number as digits and spaces only, e.g. "0800 1111"'));

/** A content collection: a folder of markdown files, each validated by one schema. */
export interface Collection<Item> {
  /** The folder under content/. */
  folder: string;
  /** The fields' schema. Then, in this order, the checks a file must also pass: */
  frontMatter: z.ZodType<Omit<Item, 'id' | 'body'>>;
  /** Checks of the markdown body's shape, each at its 0-based line within the body. */
  checkBody?(markdown: string): { lineOffset: number; message: string }[];
  /** Checks of one file against its own name or body, each reported on the line of `field` (or line 1 without one). */
  checkFile?(item: Item): { field?: string; message: string }[];
  /**
   * Checks across the whole collection (e.g. exactly one emergency service), reported against a file, and at the
   * line of `path` when given. `earlier` holds the collections listed before this one in `collections`, so a
   * file can name a service by id: the check may fill in what it names.
   */
  checkAll?(items: Item[], earlier: EarlierContent): { id: string; field: string; message: string; path?: PropertyKey[] }[];
  /** The order the components receive the items in. */
  sort?(a: Item, b: Item): number;
}

/**
 * The collections compiled so far, by name (services come first, so other collections can name them): the items
 * that compiled, and the ids of all their files, so that a file with its own problem is not also reported as missing.
 */
export interface EarlierContent {
  items: Readonly<Record<string, unknown[] | undefined>>;
  files: Readonly<Record<string, string[] | undefined>>;
  /** The name of the council folder this kit is built with (src/build/layers/), if any. */
  council?: string;
}

