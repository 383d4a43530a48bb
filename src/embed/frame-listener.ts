/**
 * The part of embed.js that serves kit frames on the page (dist/frame/<name>.html in an iframe): it waits for a
 * frame's height message and only then fetches the code that fits the frame and answers (frame-host.ts, built as
 * its own file, whose address the build fills in), so that the many pages with no kit frame never download it.
 */
import { HEIGHT, REPORT, isMessage, type HeightMessage, type ReportMessage } from './frame-messages.ts';

/** chunks/frame-host-<hash>.js, beside the components. */
declare const __SAFE_KIT_FRAME_HOST__: string;

type FrameHost = typeof import('./frame-host.ts');

/** On a page that holds kit frames: fit each frame to the height it reports, and tell it so. */
export function listenForFrames(base: URL): void {
  let host: Promise<FrameHost> | undefined;
  window.addEventListener('message', (event: MessageEvent) => {
    if (!isMessage<HeightMessage>(event.data, HEIGHT)) return;
    // Fetched once; messages that arrive meanwhile are answered in order once it has.
    host ??= import(new URL(__SAFE_KIT_FRAME_HOST__, base).href) as Promise<FrameHost>;
    host.then((h) => h.answer(event), () => (host = undefined));
  });
  // A frame reports its height only when it changes: kit frames that drew before this script ran (it is `async`)
  // are asked to report again, or they would keep the height the snippet gave them.
  const ask: ReportMessage = { type: REPORT };
  for (const frame of document.querySelectorAll('iframe')) {
    if (/\/frame\/[\w/-]+\.html$/.test(frame.src.split(/[?#]/)[0])) frame.contentWindow?.postMessage(ask, '*');
  }
}
