/**
 * The page around kit frames: fits each frame to the height it reports, through `style.height` (the height
 * attribute alone loses to any CSS height a theme gives iframes), and answers it, saying whether the frame really
 * is that tall now (host CSS can cap it): the frame lays itself out for a fixed box if not.
 *
 * Not in embed.js: few school pages have both the script and a kit frame, so embed.js only listens for a frame's
 * first message (frame-listener.ts) and then fetches this, built as chunks/frame-host-<hash>.js beside the
 * components (src/build/vite-plugin-embed-loader.ts). A frame waits for its answer (frame-page.ts) and takes one
 * whenever it comes.
 */
import { RESIZED, type HeightMessage, type ResizedMessage } from './frame-messages.ts';

const MIN_HEIGHT = 50;
const MAX_HEIGHT = 20000;

/** Fits the frame that sent `event` (a kit frame's height message) to that height, and tells it so. */
export function answer(event: MessageEvent<HeightMessage>): void {
  if (typeof event.data.height !== 'number') return;
  const wanted = Math.ceil(Math.min(Math.max(event.data.height, MIN_HEIGHT), MAX_HEIGHT));
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source || !event.source) continue;
    const fitted = fit(frame, wanted);
    const reply: ResizedMessage = { type: RESIZED, height: wanted, fitted };
    // The frame may be sandboxed (an opaque origin), so the answer cannot name its origin; it carries only a height.
    (event.source as Window).postMessage(reply, '*');
  }
}

/**
 * Sets the frame's height as an important inline style (the height attribute alone loses to any CSS height),
 * then corrects for borders and padding that a host's `box-sizing: border-box` takes out of it.
 */
function fit(frame: HTMLIFrameElement, wanted: number): boolean {
  const set = (px: number) => frame.style.setProperty('height', `${px}px`, 'important');
  frame.height = String(wanted);
  set(wanted);
  const short = wanted - frame.clientHeight;
  if (short > 0 && short < 100) set(wanted + short);
  return frame.clientHeight >= wanted - 1;
}
