import { z } from 'zod';
import { GUIDE_CATEGORIES, type Guide, type Inline } from '../types.ts';
import { inlineMarkdown, provenance, type Collection } from './common.ts';

/** Parental-controls guides: content/guides/<id>.md, one per app, device or network (see src/components/guides/). */

export const guideFrontMatter = z
  .strictObject({
    name: z.string().min(1).describe('the app, device or service as parents know it, e.g. "TikTok"'),
    category: z
      .enum(GUIDE_CATEGORIES, { error: `the category is one of: ${GUIDE_CATEGORIES.join(', ')}` })
      .describe(`one of: ${GUIDE_CATEGORIES.join(', ')}`),
    'minimum-age': z
      .int('write the minimum age as a whole number, e.g. 13 (an age rating such as PEGI 7 goes under "rating:")')
      .min(0, 'write the minimum age as a whole number, e.g. 13')
      .max(21, 'write the minimum age as a whole number, e.g. 13')
      .optional()
      .describe('the platform\'s own minimum age, e.g. 13; where no source gives one, write an "age-note:" saying so instead'),
    'age-note': inlineMarkdown
      .optional()
      .describe('needed where there is no "minimum-age": one sentence saying why, e.g. "No platform minimum age was found."'),
    rating: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)], { error: 'write the age rating as it is given, e.g. "PEGI 7", or a list: [PEGI 7, App Store 9+]' })
      .transform((r) => (Array.isArray(r) ? r : [r]))
      .optional()
      .describe('an age rating (PEGI, App Store, Google Play), e.g. [PEGI 7, App Store 9+]: a rating, never a minimum age'),
    'made-for': z
      .string()
      .min(1)
      .optional()
      .describe('where the platform is built for younger children, who for, e.g. "children up to 12": shown as "Made for children up to 12"'),
    'to-check': z
      .array(z.string().min(1))
      .optional()
      .describe('facts reported but not yet checked against the platform\'s own pages: shown in the content report until someone checks them'),
    summary: inlineMarkdown.describe('what parents should know, in one or two sentences: it is shown on the guide\'s card'),
    'search-terms': z
      .array(z.string().min(1))
      .default([])
      .describe('other words parents may search for, e.g.\n  search-terms:\n    - insta\n    - Meta'),
    ...provenance,
  })
  .refine((fm) => fm['minimum-age'] !== undefined || fm['age-note'], {
    message: 'give a "minimum-age: 13", or, where no source gives one, an "age-note: …" saying so',
    path: ['minimum-age'],
  })
  // An age rating (PEGI 7) says what a game's content suits, not who the platform allows: never one for the other.
  .refine((fm) => fm['minimum-age'] === undefined || !RATING_WORDS.test(inlineText(fm['age-note'] ?? [])), {
    message: 'this age is an age rating (PEGI, App Store, Google Play), not the platform\'s minimum age: write it as "rating: PEGI 7" and remove "minimum-age"',
    path: ['minimum-age'],
  })
  .transform(
    (fm): Omit<Guide, 'id' | 'body'> => ({
      name: fm.name,
      category: fm.category,
      minimumAge: fm['minimum-age'],
      ageNote: fm['age-note'],
      rating: fm.rating,
      toCheck: fm['to-check'],
      madeFor: fm['made-for'],
      summary: fm.summary,
      searchTerms: fm['search-terms'],
      source: fm.source,
      reviewed: fm.reviewed,
    }),
  );

/** Words that show an age is a rating: PEGI 7, "rated 9+", App Store 9+, Google Play E10+. */
const RATING_WORDS = /\b(PEGI|rating|rated|App Store|Google Play|ESRB)\b/i;

const inlineText = (nodes: Inline[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'br' ? ' ' : inlineText(n.children))).join('');

const HEADING = /^(#{1,6})\s/;
const STEP = /^\d+[.)]\s/;

/**
 * A guide's body: what parents should know (paragraphs), then one or more sections, each a "## " heading followed
 * by numbered steps ("1. …"), so every guide reads, and prints, the same way.
 */
export function checkGuideBody(markdown: string): { lineOffset: number; message: string }[] {
  const lines = markdown.split(/\r?\n/);
  const problems: { lineOffset: number; message: string }[] = [];
  const sections: { line: number; steps: number }[] = [];
  let intro = 0;
  lines.forEach((line, i) => {
    const heading = HEADING.exec(line);
    if (heading) {
      if (heading[1].length !== 2) {
        problems.push({ lineOffset: i, message: 'start each section with "## " (two #), e.g. "## Turn on Family Pairing"' });
      }
      sections.push({ line: i, steps: 0 });
    } else if (STEP.test(line) && sections.length) sections[sections.length - 1].steps++;
    else if (line.trim() && !sections.length) intro++;
  });
  if (!intro) problems.push({ lineOffset: 0, message: 'start the text with what parents should know (a short paragraph), before the first "## " section' });
  if (!sections.length) {
    const last = lines.length - 1 - [...lines].reverse().findIndex((l) => l.trim() !== '');
    problems.push({ lineOffset: Math.max(0, last), message: 'add at least one section: a line "## What to do", then numbered steps "1. …"' });
  }
  for (const s of sections) {
    if (!s.steps) problems.push({ lineOffset: s.line, message: 'this section has no numbered steps: add steps as "1. …", "2. …" under its heading' });
  }
  return problems;
}

/** The start of the heading of a guide's section for a child under its minimum age. */
export const underAgeHeading = (age: number) => `If your child is under ${age}`;

const headingText = (nodes: Inline[]) => inlineText(nodes).trim();

/**
 * A guide with a minimum age has its own section for a younger child who uses it anyway ("## If your child is
 * under 13 and uses it anyway"): parents of under-13s need it most, and the index points them to it. The check
 * notes the section's heading on the guide for the index.
 */
function checkUnderAgeSection(guide: Guide): { field?: string; message: string }[] {
  if (guide.minimumAge === undefined) return [];
  const start = underAgeHeading(guide.minimumAge);
  const heading = guide.body.find((b) => b.type === 'heading' && headingText(b.children).startsWith(start));
  if (heading?.type === 'heading') {
    guide.underAgeSection = headingText(heading.children);
    return [];
  }
  return [{ field: 'minimum-age', message: `add a section for a younger child who uses it anyway: a line "## ${start} and uses it anyway", then numbered steps` }];
}

export const guides: Collection<Guide> = {
  folder: 'guides',
  frontMatter: guideFrontMatter,
  checkBody: checkGuideBody,
  checkFile: checkUnderAgeSection,
  sort: (a, b) => a.name.localeCompare(b.name, 'en'),
};

