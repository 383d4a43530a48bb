/**
 * One parental-controls guide, drawn with the kit's DOM calls (src/shared/dom.ts): shared by <safe-guide> (one
 * guide anywhere) and <safe-guides> (the index, which shows a guide in place when it is opened).
 */
import { h } from '../../shared/dom.ts';
import { drawBlocks, drawInline } from '../../shared/markdown.ts';
import { drawEmergency, drawEssentialHelp } from '../../shared/essential-help.ts';
import type { Block, GuideCard, GuideCategory, GuideSummary } from '../../content/types.ts';

export const CATEGORY_LABELS: Record<GuideCategory, string> = {
  social: 'Social media',
  messaging: 'Messaging',
  video: 'Video',
  gaming: 'Gaming',
  device: 'Phones, tablets, computers and consoles',
  'broadband-and-mobile': 'Broadband and mobile networks',
};

/** "25 November 2026", the same in every browser and time zone. */
export function longDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The age badge's words: the platform's own minimum age ("Minimum age 13"), or that it has none. */
export const ageBadge = (guide: GuideCard) => (guide.minimumAge === undefined ? 'No minimum age given' : `Minimum age ${guide.minimumAge}`);

/** An age rating in words that cannot be mistaken for a minimum age: "Age rating: PEGI 7, App Store 9+". */
export const ratingText = (guide: GuideCard) => (guide.rating?.length ? `Age rating: ${guide.rating.join(', ')}` : '');

/** The badges under a guide's name, on its card and when open: minimum age, who it is built for, rating, type. */
export const drawMeta = (guide: GuideCard) =>
  h(
    'p',
    { class: 'guide-meta' },
    h('span', { class: 'badge', part: 'age-badge' }, ageBadge(guide)),
    guide.madeFor && [' ', h('span', { class: 'badge made-for', part: 'made-for' }, `Made for ${guide.madeFor}`)],
    guide.rating?.length ? [' ', h('span', { class: 'badge rating', part: 'rating' }, ratingText(guide))] : null,
    ' ',
    h('span', { class: 'category' }, CATEGORY_LABELS[guide.category]),
  );

/** Is the child younger than the platform's minimum age? Then the guide is marked, never hidden. */
export const underMinimumAge = (guide: GuideCard, age: number | undefined) =>
  age !== undefined && guide.minimumAge !== undefined && guide.minimumAge > age;

/** "The minimum age is 13", and where the guide says what to do if a younger child uses it anyway. */
export const drawUnderAge = (guide: GuideCard) =>
  h(
    'p',
    { class: 'under-age', part: 'under-age' },
    h('strong', null, `The minimum age is ${guide.minimumAge}.`),
    guide.underAgeSection && ` If your child uses it anyway, see “${guide.underAgeSection}” in the guide.`,
  );

/** Where the guide's facts come from, named by its site ("www.internetmatters.org"). */
const siteOf = (url: string) => new URL(url).hostname;

/**
 * Said after every guide, whatever its content file says: app and system updates can reset settings, so a guide is
 * never without it.
 */
export const AFTER_UPDATES = 'App and system updates can change or reset these settings. Check them again after every update.';

/**
 * @param guide the whole guide from its own file; or, in the list while that file is on its way (or could not
 *   load), the guide's card, which has neither its age note nor its source.
 * @param body the guide's text once loaded, or where it is in loading.
 * @param level the aria-level of the guide's name; its sections are one below.
 */
export function drawGuide(guide: GuideCard | GuideSummary, body: Block[] | 'loading' | 'failed', level: number): HTMLElement {
  const { ageNote, source } = guide as Partial<GuideSummary>;
  const firstSection = Array.isArray(body) ? body.findIndex((b) => b.type === 'heading') : -1;
  const intro = Array.isArray(body) ? body.slice(0, firstSection < 0 ? body.length : firstSection) : [];
  const sections = Array.isArray(body) && firstSection >= 0 ? body.slice(firstSection) : [];
  const section = (title: string) => h('p', { class: 'section-title', role: 'heading', 'aria-level': level + 1 }, title);
  return h(
    'article',
    { class: 'guide', part: 'guide', 'data-guide': guide.id, 'aria-labelledby': 'guide-title' },
    h('p', { class: 'guide-title', id: 'guide-title', role: 'heading', 'aria-level': level, tabindex: '-1', part: 'guide-heading' }, guide.name),
    drawMeta(guide),
    ageNote && h('p', { class: 'age-note' }, drawInline(ageNote)),
    Array.isArray(body)
      ? [section('What parents should know'), drawBlocks(intro, level + 1), h('div', { class: 'steps', part: 'steps' }, drawBlocks(sections, level + 1))]
      : [h('p', null, drawInline(guide.summary)), drawEmergency(), drawEssentialHelp(body)],
    h('div', { class: 'after-updates', part: 'after-updates' }, section('After every update'), h('p', null, AFTER_UPDATES)),
    h(
      'p',
      { class: 'provenance', part: 'provenance' },
      'Last checked on ',
      h('time', { datetime: guide.reviewed }, longDate(guide.reviewed)),
      '.',
      source && [' Source: ', h('a', { href: source }, siteOf(source))],
    ),
  );
}
