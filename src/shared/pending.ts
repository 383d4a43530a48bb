/**
 * What a component shows while its first content is on its way, without making the school's page jump
 * (./plain-element.ts).
 *
 * While a component's first content is on its way it draws nothing new: the element takes no box of its own
 * (`display: contents`) and shows, through a `<slot>`, exactly what it held before it was defined (the plain help
 * embed.js put in it, the webmaster's own link, a frame page's text), in the host page's own styles. The page
 * changes once, from that to the component's content (or to its failure message), never to a loading state of
 * another height in between. An element with nothing inside it (a page that loads a component's module by itself)
 * shows the component's own loading state instead: never a blank box.
 */
import { css, sheet } from './sheet.ts';

/** Every component's style while it shows what it held: no box of its own (./plain-element.ts adopts it). */
export const pendingStyles = sheet(css`
  :host(:state(pending)) {
    display: contents;
  }
`);

const internals = new WeakMap<HTMLElement, ElementInternals>();
/** Elements that have drawn their content: what they load later (a guide opened) they show in place. */
const drawn = new WeakSet<HTMLElement>();

/** Sets the element's `pending` custom state (CSS `:state(pending)`): an attribute would change the school's markup. */
function markPending(host: HTMLElement, pending: boolean): void {
  let states = internals.get(host)?.states;
  if (!states && pending) {
    try {
      const attached = host.attachInternals();
      internals.set(host, attached);
      states = attached.states;
    } catch {
      // A browser without ElementInternals: the element keeps its own box (a small jump, nothing lost).
      return;
    }
  }
  if (!states) return;
  try {
    if (pending) states.add('pending');
    else states.delete('pending');
  } catch {
    // A browser that knows only the older `--pending` form of custom states: the same small jump.
  }
}

/** Whether the element holds something a reader sees (embed.js's plain help, a webmaster's link, a frame's text). */
const holdsSomething = (host: HTMLElement) =>
  [...host.childNodes].some((n) => n.nodeType === Node.ELEMENT_NODE || !!n.textContent?.trim());

/**
 * What a component shows while its first content is on its way: `undefined` once it is not pending (draw the
 * content), `'held'` to show what the element held, unchanged (through a `<slot>`), or `'loading'` (if it held
 * nothing) for the component's own loading state. Only the first content: once drawn, an element draws what it
 * loads later (a guide opened) in place.
 */
export function pendingView(host: HTMLElement, pending: boolean): 'held' | 'loading' | undefined {
  if (drawn.has(host)) return undefined;
  const shows = pending && holdsSomething(host);
  markPending(host, shows);
  if (!pending) {
    drawn.add(host);
    return undefined;
  }
  return shows ? 'held' : 'loading';
}
