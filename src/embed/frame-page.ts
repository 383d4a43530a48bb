/**
 * dist/frame/frame.js: the script of the kit's frame pages (dist/frame/<name>.html), beside embed.js, so that
 * what only a frame needs costs a school's own pages nothing.
 *
 * - It tells the page around the frame how tall the content is, every time it changes (also when it gets
 *   shorter: a guide closed), and waits for an answer from embed.js there (src/embed/frame-host.ts). With no
 *   answer (Google Sites, Wix, SharePoint, oEmbed: boxes nobody resizes), a capped answer, or `?fit=box`, the
 *   frame lays itself out for a fixed box: the heading and the 999 line stay in view, the rest scrolls, and a
 *   plain link opens the full version in a new tab (frame.css, `html[data-fit="box"]`).
 * - The content written into the page at build time gives way to the component once it has drawn.
 * - Help links open in a new tab where the frame may open one, else in the top page, else in the frame itself:
 *   a sandbox without `allow-popups` would otherwise make every link do nothing.
 */
import { HEIGHT, REPORT, RESIZED, isMessage, type HeightMessage, type ReportMessage, type ResizedMessage } from './frame-messages.ts';

/** How long a frame waits for the page around it to answer before it lays itself out for a fixed box. */
const ANSWER_WAIT_MS = 2500;

/** Inside a kit frame page: report heights, choose the layout, make links work in any sandbox. */
function runFramePage(): void {
  const root = document.documentElement;
  const params = new URLSearchParams(location.search);
  const boxAsked = params.get('fit') === 'box';
  setFullVersionLink(params);
  takeOver(params);
  if (window.parent === window) return;
  document.addEventListener('click', openLinksAnywhere);
  let answered = false;
  const layOut = (fitted: boolean) => root.setAttribute('data-fit', fitted ? 'page' : 'box');
  // The webmaster chose a fixed box: the frame asks nobody to resize it.
  if (boxAsked) return layOut(false);

  let last = 0;
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT, height };
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(document.body);

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    // The page's kit script arrived after this frame's last report: report again.
    if (isMessage<ReportMessage>(event.data, REPORT)) {
      last = 0;
      return report();
    }
    if (!isMessage<ResizedMessage>(event.data, RESIZED)) return;
    answered = true;
    layOut(event.data.fitted === true);
  });
  setTimeout(() => answered || layOut(false), ANSWER_WAIT_MS);
}

/** How long the build-time content waits for the component to draw before it stays for good (content that cannot load). */
const TAKE_OVER_WAIT_MS = 15000;

/**
 * The build-time content (`[data-safe-kit-static]`) stays until the component has drawn its own content, then
 * the two swap in one step: no loading state in between. If the address asks for other settings than the ones
 * it was written for, it goes at once: better "Loading…" under the 999 line than another audience's help. If the
 * component never draws (its content cannot load), the build-time content stays: it is the whole of it.
 */
function takeOver(params: URLSearchParams): void {
  let built = document.querySelector<HTMLElement>('[data-safe-kit-static]');
  const holder = document.querySelector<HTMLElement>('[data-safe-kit]');
  if (!holder) return;
  const writtenFor = new URLSearchParams(built?.dataset.safeKitStatic);
  const differs = [...params.keys()].some((key) => key !== 'fit' && params.get(key) !== writtenFor.get(key)) || location.hash.length > 1;
  if (built && differs) {
    built.remove();
    built = null;
  }
  // The page's HTML hides the component's place until then, so that nothing but the built content shows.
  holder.hidden = Boolean(built);
  const end = Date.now() + TAKE_OVER_WAIT_MS;
  const check = () => {
    const root = holder.firstElementChild?.shadowRoot;
    const drawn = root?.querySelector('[part~="base"]') && !root.querySelector('[part~="essential-help"]');
    if (!drawn) {
      if (Date.now() < end) setTimeout(check, 50);
      return;
    }
    holder.hidden = false;
    built?.remove();
    // The frame's heading says what the component's own (hidden in a frame) says for its settings.
    const heading = root!.querySelector('[part~="heading"]')?.textContent?.trim();
    const title = document.querySelector('.frame-title');
    if (heading && title) title.textContent = heading;
  };
  check();
}

/** The "full version" link opens this frame's own address (its settings, not the fixed-box layout) in a new tab. */
function setFullVersionLink(params: URLSearchParams): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-safe-kit-full]');
  if (!link) return;
  params.delete('fit');
  const query = params.toString();
  link.href = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

/** Whether a link goes to one of the kit's frame pages: an HTML page in frame/, where this script is, or below it. */
function isKitFramePage(link: HTMLAnchorElement): boolean {
  const script = document.querySelector<HTMLScriptElement>('script[src$="frame.js"]');
  if (!script || link.origin !== location.origin) return false;
  const folder = new URL('.', script.src).pathname;
  return link.pathname.startsWith(folder) && link.pathname.endsWith('.html');
}

function openLinksAnywhere(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const path = event.composedPath();
  // The quick exit leaves the page its own way (it is not a link to help).
  if (path.some((n) => n instanceof Element && n.localName === 'safe-exit')) return;
  const link = path.find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
  if (!link || !/^https?:$/.test(link.protocol) || link.hasAttribute('download')) return;
  // A link to a part of this page (a guide in the index) stays here.
  if (link.origin === location.origin && link.pathname === location.pathname && link.search === location.search && link.hash) return;
  // Another of the kit's frame pages (a guide's own page, from the list written into the page) opens in the frame,
  // as it does without JavaScript; the link to the full version is the one meant for a new tab.
  if (isKitFramePage(link) && !link.hasAttribute('data-safe-kit-full')) return;
  event.preventDefault();
  let opened: Window | null = null;
  try {
    opened = window.open(link.href, '_blank');
  } catch {
    // A sandbox may refuse by throwing.
  }
  if (opened) {
    // The help site gets no hold on this page.
    opened.opener = null;
    return;
  }
  // The top page, where the sandbox allows it; Chromium refuses by throwing, Firefox by doing nothing, so the
  // frame itself goes there if it is still here a moment later.
  const here = () => (location.href = link.href);
  try {
    window.top!.location.href = link.href;
    setTimeout(here, 400);
  } catch {
    here();
  }
}

runFramePage();
