/**
 * The parental-controls guides as plain HTML, for the frame pages, so that a reader without JavaScript reaches
 * every guide's steps while the first download stays the same size whether a council has 20 guides or 1,000:
 *
 *   frame/guides.html, frame/guide.html   the list's first view, as the component's (the first FIRST_VIEW cards
 *                                         by name), each card a link to its guide's own page; under them, when
 *                                         there are more, a link to the page of every guide
 *   frame/all-guides.html                 every card, for the reader who asks for them all (only when the
 *                                         first view is not every guide)
 *   frame/guides/<id>.html                one guide, whole: its steps, its source, a link back to the list
 *
 * Each page is a frame page like the others (src/build/vite-plugin-frames.ts): with JavaScript, the component
 * takes over (the list, or `<safe-guide>` for that guide).
 */
import type { Guide } from '../../content/types.ts';
import { FIRST_VIEW } from '../guides-index.ts';
import { blocksHtml, escapeHtml, inlineHtml } from '../static-html.ts';
import type { FrameContent } from './content.ts';
import { h, hostOf, longDate } from './shared.ts';

// The components' words (src/components/guides/guides.ts, src/components/guide/); the frame tests compare them.
export const GUIDES_TITLE = 'Parental controls: step-by-step guides';
export const GUIDE_TITLE = 'Parental controls guide';
const AFTER_UPDATES = 'App and system updates can change or reset these settings. Check them again after every update.';
const INTRO = `<p>Find the app, game or device your child uses, and follow the steps. Set the controls up with your child, so they know what is changing and why.</p>`;

/** Every guide's cards, beside the list's pages in frame/. */
export const ALL_GUIDES_PAGE = 'all-guides.html';
/** A guide's own page, from frame/: a file written at build time, so that it works without JavaScript. */
export const guidePage = (id: string) => `guides/${id}.html`;

// As the component's age badge says it (src/components/guide/draw-guide.ts: ageBadge).
const badge = (g: Guide) => (g.minimumAge === undefined ? 'No minimum age given' : `Minimum age ${g.minimumAge}`);
const count = (n: number) => n.toLocaleString('en-GB');
const checked = (g: Guide, what: string) => `${what} on <time datetime="${g.reviewed}">${longDate(g.reviewed)}</time>`;

const card = (g: Guide) =>
  `<li data-guide="${g.id}">${h(3, `<a href="${guidePage(g.id)}">${escapeHtml(g.name)}</a>`)}<p class="meta">${badge(g)}</p><p>${inlineHtml(g.summary)}</p><p class="meta">${checked(g, 'Checked')}</p></li>`;

/** Cards of `shown` (a list from frame/), counted against all `total` guides. */
function cardsHtml(shown: Guide[], total: number): string {
  const counted = shown.length === total ? `${count(total)} guide${total === 1 ? '' : 's'}.` : `${count(shown.length)} of ${count(total)} guides.`;
  return `${INTRO}
<p>${counted}</p>
<ul class="items cards">${shown.map(card).join('')}</ul>`;
}

/** The list's first view (`guides` in the content's order, by name): its size does not grow with the guides. */
export function guidesHtml(guides: Guide[]): string {
  const first = guides.slice(0, FIRST_VIEW);
  const more = guides.length > first.length ? `\n<p><a href="${ALL_GUIDES_PAGE}">Show all ${count(guides.length)} guides</a></p>` : '';
  return `${cardsHtml(first, guides.length)}${more}`;
}

/** One guide, whole, for its own page in frame/guides/ (links from there go up a folder). */
export function guideHtml(g: Guide): string {
  return `${h(3, escapeHtml(g.name))}
<p class="meta">${badge(g)}</p>
<p>${inlineHtml(g.summary)}</p>
${g.ageNote ? `<p>${inlineHtml(g.ageNote)}</p>` : ''}
${blocksHtml(g.body, 4)}
<h4>After every update</h4>
<p>${AFTER_UPDATES}</p>
<p>${checked(g, 'Last checked')}. Source: <a href="${escapeHtml(g.source)}">${escapeHtml(hostOf(g.source))}</a></p>
<p><a href="../guides.html">All parental controls guides</a></p>`;
}

/** A frame page beyond the components' own: where it goes in frame/, which component takes it over, and its content. */
export interface MoreFramePage {
  file: string;
  /** The page's own title (a browser tab's, the one a screen reader reads first): each page's is different. */
  pageTitle: string;
  component: string;
  /** The component's settings this page is for, written into the page (a guide's page names its guide). */
  data: Record<string, string>;
  own: FrameContent;
}

/** The guides' pages beyond frame/guides.html and frame/guide.html: every guide's own, and, when the first view is not all, every card. */
export function moreGuidesPages(guides: Guide[]): MoreFramePage[] {
  const pages: MoreFramePage[] = guides.map((g) => ({
    file: guidePage(g.id),
    pageTitle: `${g.name}: ${GUIDE_TITLE.toLowerCase()}`,
    component: 'guide',
    data: { guide: g.id },
    own: { title: GUIDE_TITLE, html: guideHtml(g), settings: { guide: g.id } },
  }));
  if (guides.length > FIRST_VIEW) {
    pages.push({ file: ALL_GUIDES_PAGE, pageTitle: `All ${count(guides.length)} guides: ${GUIDES_TITLE.toLowerCase()}`, component: 'guides', data: {}, own: { title: GUIDES_TITLE, html: cardsHtml(guides, guides.length), settings: {} } });
  }
  return pages;
}
