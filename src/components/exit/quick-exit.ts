/**
 * What every quick exit on a page shares: leaving without a way back, and one keyboard listener for the whole
 * page (Shift pressed three times), however many exits the page has, including those inside other components'
 * shadow roots (a key press inside a shadow root still reaches the document).
 */

import { isSafeExitAddress } from '../../shared/settings.ts';

/** Where an exit goes unless the webmaster chooses another page: a neutral page, as GOV.UK's "Exit this page" does. */
export const DEFAULT_EXIT_HREF = 'https://www.bbc.co.uk/weather';

/** How long the three presses of Shift may take, from the first to the third, unless the exit says otherwise. */
export const DEFAULT_SHIFT_WINDOW_MS = 5000;

/**
 * The address an exit goes to: the webmaster's if it is safe (https://, or a page of the school's own site, so a
 * mistyped or hostile attribute cannot run script or lead nowhere), otherwise the default.
 */
export function exitHref(value: string | null | undefined): string {
  return value && isSafeExitAddress(value) ? new URL(value.trim(), document.baseURI).href : DEFAULT_EXIT_HREF;
}

/** True inside the kit's own frame page (frame/<name>.html), where the exit must take the whole tab away. */
export const inKitFrame = () => window.top !== window && document.querySelector('meta[name="safe-kit-frame"]') !== null;

/**
 * Leaves for `href`, replacing this page in the tab's history so that Back does not return to it.
 * In the kit's frame page, the whole tab leaves, not just the frame.
 */
export function leave(href: string): void {
  if (inKitFrame()) {
    try {
      window.top!.location.replace(href);
      return;
    } catch {
      // A sandboxed frame may not navigate the tab: leaving the frame at least hides what it showed.
    }
  }
  location.replace(href);
}

/** An exit that Shift pressed three times can set off. */
export interface ShiftExit {
  /** Milliseconds the three presses may take. */
  readonly shiftWindow: number;
  /** Called after each counted press (2, then 1 left) and with 3 when the count starts again. */
  shiftProgress(pressesLeft: number): void;
  exit(trigger: 'shift'): void;
}

const exits = new Set<ShiftExit>();
let presses: number[] = [];
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
 * Counts Shift presses for this exit while it is on the page. The listener is on the document, in the capture
 * phase (so a page script that stops key events cannot silence it), and there is one per page.
 * It listens everywhere, in text boxes too, as GOV.UK's does: someone typing in a form when a person walks in
 * must still be able to leave, and typing itself never counts (a capital letter is Shift with another key).
 */
export function watchShift(exit: ShiftExit): void {
  if (exits.size === 0) document.addEventListener('keyup', onKeyup, true);
  exits.add(exit);
}

export function unwatchShift(exit: ShiftExit): void {
  exits.delete(exit);
  if (exits.size === 0) {
    document.removeEventListener('keyup', onKeyup, true);
    presses = [];
  }
}
