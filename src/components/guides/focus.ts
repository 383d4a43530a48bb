/**
 * Where focus goes after the list changes: to the opened guide's heading, back to the card of the guide just closed,
 * or to the first card a reader had not seen ("Show all"), once what it names is drawn.
 */
export type FocusNext = { guide: string; scrollOnly?: boolean } | { card: string } | { nth: number };

/**
 * Moves focus to `next` if it is drawn in `root`; returns what is still to do (`next`, or undefined once done).
 * `restFailed`: the other cards could not load, so "Show all" leaves focus in the search box, after the message.
 */
export function moveFocus(root: ShadowRoot, next: FocusNext, restFailed: boolean): FocusNext | undefined {
  const query = root.getElementById('query');
  const target =
    'nth' in next
      ? (root.querySelectorAll<HTMLElement>('.card a')[next.nth] ?? (restFailed ? query : null))
      : 'card' in next
        ? (root.querySelector<HTMLElement>(`.card[data-guide="${next.card}"] a`) ?? query)
        : root.querySelector<HTMLElement>(`[data-guide="${next.guide}"] .guide-title`);
  if (!target) return next;
  // Arriving from a shared link, the guide is only brought into view, as a browser does for a link to part of a page.
  const scrollOnly = 'guide' in next && next.scrollOnly;
  if (!scrollOnly) target.focus();
  if ('guide' in next) target.scrollIntoView({ block: scrollOnly ? 'start' : 'nearest' });
  return undefined;
}
