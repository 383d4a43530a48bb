/**
 * For the browser tests: stops every quick exit on the test page from leaving (the test page must stay), and
 * records what each exit announced and whether the page was covered at that moment.
 */
import type { SafeExitDetail } from '../exit.ts';

export interface RecordedExit extends SafeExitDetail {
  /** The `<safe-exit>` that fired, by its id (or "no id"). */
  from: string;
  /** The cover was open, modal (in the top layer) and as big as the visible page when the event fired. */
  covered: boolean;
}

export const recordedExits: RecordedExit[] = [];

export function coverOf(exit: Element): HTMLDialogElement {
  return exit.shadowRoot!.querySelector('dialog')!;
}

/** Records, then cancels, every `safe-exit` event that reaches `doc`. */
export function recordExits(doc: Document = document, into: RecordedExit[] = recordedExits): RecordedExit[] {
  // The window less any scroll bar: what a reader sees of the page.
  const viewport = doc.documentElement;
  doc.addEventListener(
    'safe-exit',
    (event: Event) => {
      const { detail } = event as CustomEvent<SafeExitDetail>;
      event.preventDefault();
      const exit = event.composedPath()[0] as HTMLElement;
      const cover = coverOf(exit);
      const box = cover.getBoundingClientRect();
      into.push({
        ...detail,
        from: exit.id || 'no id',
        covered: cover.open && cover.matches(':modal') && box.width >= viewport.clientWidth - 1 && box.height >= viewport.clientHeight - 1,
      });
    },
    true,
  );
  return into;
}
