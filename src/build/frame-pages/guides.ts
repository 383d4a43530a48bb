/**
 * Every parental-controls guide as plain HTML: its name and summary, as the index's cards show them, and its
 * steps closed (<details>), so a reader without JavaScript finds theirs in the list and opens it.
 */
import type { Guide } from '../../content/types.ts';
import { blocksHtml, escapeHtml, inlineHtml } from '../static-html.ts';
import { h, hostOf, longDate } from './shared.ts';

// The index's words (src/components/guides/guides.ts); the frame tests compare the two.
export const GUIDES_TITLE = 'Parental controls: step-by-step guides';
const AFTER_UPDATES = 'App and system updates can change or reset these settings. Check them again after every update.';

const badge = (g: Guide) => (g.minimumAge === undefined ? 'No minimum age given' : `Age ${g.minimumAge}+`);

export function guidesHtml(guides: Guide[]): string {
  const sorted = [...guides].sort((a, b) => a.name.localeCompare(b.name));
  return `<p>Find the app, game or device your child uses, and follow the steps. Set the controls up with your child, so they know what is changing and why.</p>
<ul class="items cards">${sorted
    .map(
      (g) => `<li data-guide="${g.id}">${h(3, escapeHtml(g.name))}<p class="meta">${badge(g)}</p><p>${inlineHtml(g.summary)}</p><details><summary>The steps<span class="visually-hidden"> for ${escapeHtml(g.name)}</span></summary>
${g.ageNote ? `<p>${inlineHtml(g.ageNote)}</p>` : ''}
${blocksHtml(g.body, 4)}
<p>${AFTER_UPDATES}</p>
<p>Last checked on <time datetime="${g.reviewed}">${longDate(g.reviewed)}</time>. Source: <a href="${escapeHtml(g.source)}">${escapeHtml(hostOf(g.source))}</a></p>
</details></li>`,
    )
    .join('')}</ul>`;
}
