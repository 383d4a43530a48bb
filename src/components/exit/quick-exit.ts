/**
 * What every quick exit on a page shares: leaving without a way back, and one keyboard listener for the whole
 * page (Shift pressed three times), however many exits the page has, including those inside other components'
 * shadow roots (a key press inside a shadow root still reaches the document).
 */

// Where an exit goes is shared with the loader and the children's help panel (src/shared/exit-address.ts).
export { DEFAULT_EXIT_HREF, exitHref } from '../../shared/exit-address.ts';

/** How long the three presses of Shift may take, from the first to the third, unless the exit says otherwise. */
export const DEFAULT_SHIFT_WINDOW_MS = 5000;

/** True inside the kit's own frame page (frame/<name>.html). */
export const inKitFrame = () => window.top !== window && document.querySelector('meta[name="safe-kit-frame"]') !== null;

/**
 * How the exit left: `left` (this tab is going to the neutral page), `new-tab` (a box that may not move the page
 * around it opened the neutral page in a new tab) or `stuck` (it could do neither: the reader must close the tab).
 */
export type Leaving = 'left' | 'new-tab' | 'stuck';

/**
 * Leaves for `href`, replacing this page in the tab's history so that Back does not return to it.
 *
 * Inside any frame (the kit's frame page, or a website builder's box such as Google Sites' "Embed code"), the whole
 * tab must leave, not just the box. A sandboxed box without top navigation may not move the tab: the browser refuses
 * (it throws). Leaving only the box would keep the school's page on screen, so then the neutral page opens in a
 * new tab where the box may open one, and the caller keeps its own content covered and says what to do next.
 */
export function leave(href: string): Leaving {
  if (window.top === window) {
    location.replace(href);
    return 'left';
  }
  try {
    window.top!.location.replace(href);
    return 'left';
  } catch {
    // A sandbox without allow-top-navigation (or with it only on a tap, after Shift): fall through.
  }
  let tab: Window | null = null;
  try {
    tab = window.open(href, '_blank');
  } catch {
    tab = null;
  }
  if (!tab) return 'stuck';
  try {
    // The neutral page must not reach back into this one.
    tab.opener = null;
  } catch {
    // Cross-origin already: nothing to cut.
  }
  return 'new-tab';
}

/** An exit that Shift pressed three times, or three quick taps, can set off. */
export interface ShiftExit {
  /** Milliseconds the three presses may take. */
  readonly shiftWindow: number;
  /** Called after each counted press (2, then 1 left) and with 3 when the count starts again. */
  shiftProgress(pressesLeft: number, how?: 'shift' | 'tap'): void;
  exit(trigger: 'shift' | 'tap'): void;
}

/** How long three taps may take, first to third: quick, so that tapping through the page never sets it off. */
export const TAP_WINDOW_MS = 1500;

const exits = new Set<ShiftExit>();
let presses: number[] = [];
let taps: number[] = [];
/** A Shift released while another key was held (Shift+A for a capital) is typing, not a press to count. */
let lastKeyWasModified = false;

function onKeyup(event: KeyboardEvent): void {
  // The first exit on the page answers; the others stay quiet so that a screen reader hears one voice.
  const [exit] = exits;
  if (!exit) return;
  if (event.key === 'Shift' && !lastKeyWasModified) {
    const now = performance.now();
    presses = presses.filter((t) => now - t <= exit.shiftWindow);
    presses.push(now);
    if (presses.length >= 3) {
      presses = [];
      exit.shiftProgress(3);
      exit.exit('shift');
    } else {
      exit.shiftProgress(3 - presses.length);
    }
  } else if (presses.length > 0) {
    // Any other key in between starts the count again, as GOV.UK's does.
    presses = [];
    exit.shiftProgress(3);
  }
  lastKeyWasModified = event.shiftKey;
}

/**
 * A phone has no Shift key: three quick taps anywhere on the page do the same. Only finger (or pen) taps count,
 * never a mouse; a touch that became a scroll is cancelled by the browser (pointercancel) and never arrives here.
 */
function onPointerup(event: PointerEvent): void {
  const [exit] = exits;
  if (!exit || (event.pointerType !== 'touch' && event.pointerType !== 'pen') || !event.isPrimary) return;
  const now = performance.now();
  taps = taps.filter((t) => now - t <= TAP_WINDOW_MS);
  taps.push(now);
  if (taps.length >= 3) {
    taps = [];
    exit.shiftProgress(3, 'tap');
    exit.exit('tap');
  } else {
    exit.shiftProgress(3 - taps.length, 'tap');
  }
}

/**
 * Counts Shift presses and quick taps for this exit while it is on the page. The listeners are on the document, in
 * the capture phase (so a page script that stops key events cannot silence them), and there is one of each per page.
 * It listens everywhere, in text boxes too, as GOV.UK's does: someone typing in a form when a person walks in
 * must still be able to leave, and typing itself never counts (a capital letter is Shift with another key).
 */
export function watchShift(exit: ShiftExit): void {
  if (exits.size === 0) {
    document.addEventListener('keyup', onKeyup, true);
    document.addEventListener('pointerup', onPointerup, true);
  }
  exits.add(exit);
}

export function unwatchShift(exit: ShiftExit): void {
  exits.delete(exit);
  if (exits.size === 0) {
    document.removeEventListener('keyup', onKeyup, true);
    document.removeEventListener('pointerup', onPointerup, true);
    presses = [];
    taps = [];
  }
}
