/**
 * embed.js: the one script a school pastes. A small classic script (not a module) so that it can find itself
 * through document.currentScript, work with `async`, and be pasted into any CMS.
 *
 * It finds the kit's tags (`<safe-help-links>`), placeholders (`<div data-safe-kit="help-links">`) and its own
 * `data-component`, and loads only the components the page uses, from beside itself. The build fills in the map
 * from tag to hashed file, the version and the help shown if a component cannot load.
 */
import type { Audience, EssentialHelp } from '../content/types.ts';
import { essentialLinksFor } from '../content/essential-links.ts';
import { toAudience } from '../shared/audience.ts';
// The one piece of a component the loader carries: the quick exit's address, so its fallback is a working exit.
import { exitHref } from '../shared/exit-address.ts';
import { whyNotLoaded } from './load-failure.ts';
import { ownAddress, placeAfterScript, scriptsToMount } from './kit-scripts.ts';
import { copySettings, dataSettings } from './copy-settings.ts';
import { afterTimeOut, timedOut } from './load-time-out.ts';
import { listenForFrames } from './frame-listener.ts';
import { preload, preloadContent } from './preload.ts';

declare const __SAFE_KIT_COMPONENTS__: Record<string, string>;
declare const __SAFE_KIT_VERSION__: string;
declare const __SAFE_KIT_ESSENTIAL__: EssentialHelp;

interface KitGlobal {
  version: string;
  /** Every kit copy on the page, by the folder it was loaded from. */
  copies: string[];
}

declare global {
  interface Window {
    safeKit?: KitGlobal;
  }
}

const TAG_PREFIX = 'safe-';
const MOUNTED = 'data-safe-kit-mounted';

const script = document.currentScript as HTMLScriptElement | null;
// Where an optimiser or a CMS ran a copy of the script, or ran it in a way that hides it, find it by its address.
const scriptSrc = ownAddress(script);
const base = new URL('.', scriptSrc || location.href);
const requested = new Set<string>();

const kit = (window.safeKit ??= { version: __SAFE_KIT_VERSION__, copies: [] });
if (kit.version !== __SAFE_KIT_VERSION__) {
  console.warn(`safe-kit: version ${__SAFE_KIT_VERSION__} loaded on a page that already has ${kit.version}; the first one loaded is used.`);
}
kit.copies.push(base.href);

/**
 * Plain links to help, built with DOM calls (never HTML strings). An element holds them as light DOM until its
 * component draws over them, and keeps them if the component cannot load: it is never a blank box.
 */
function plainHelp(audience?: Audience): HTMLElement {
  const box = document.createElement('p');
  box.setAttribute('data-safe-kit-help', '');
  // English help stays in English order on a right-to-left page (as the components' own :host does).
  box.dir = 'ltr';
  box.lang = 'en';
  const add = (text: string, href?: string) => {
    if (box.childNodes.length) box.append(' · ');
    if (!href) return box.append(text);
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    box.append(a);
  };
  const tel = (n: string) => `tel:${n.replace(/\s/g, '')}`;
  for (const phone of __SAFE_KIT_ESSENTIAL__.emergency.slice(0, 1)) add(`In immediate danger, call ${phone.number}`, tel(phone.number));
  for (const link of essentialLinksFor(__SAFE_KIT_ESSENTIAL__, audience)) {
    add(link.name, link.url);
    if (link.phone) add(link.phone, tel(link.phone));
    if (link.phone && link.note) box.append(` (${link.note})`);
  }
  return box;
}

/** A quick exit that cannot draw is still a plain link to its neutral page, never a list of help. */
function plainExit(element: Element): HTMLElement {
  const link = document.createElement('a');
  link.href = exitHref(element.getAttribute('exit-href') ?? element.getAttribute('href'));
  link.textContent = 'Exit this page';
  return link;
}

/** Who a fallback speaks to: the child's plan and a children's panel list only children's services. */
function fallbackAudience(element: Element): Audience | undefined {
  if (element.localName === 'safe-child-plan') return 'children';
  const audience = element.getAttribute('audience');
  return audience !== null && toAudience(audience) === 'children' ? 'children' : undefined;
}

function fillIfEmpty(element: Element): void {
  if (element.shadowRoot || element.textContent?.trim()) return;
  element.replaceChildren(element.localName === 'safe-exit' ? plainExit(element) : plainHelp(fallbackAudience(element)));
}

/**
 * A component that could not load, or has not after a few seconds (not defined: its element has no shadow root to
 * draw in) shows the help beside whatever the webmaster put inside it (their own link stays), unless it shows it.
 */
function addHelp(element: Element): void {
  const isExit = element.localName === 'safe-exit';
  const emergency = __SAFE_KIT_ESSENTIAL__.emergency[0]?.number.replace(/\s/g, '');
  const shown = isExit ? element.querySelector('a[href]') : element.querySelector(`[data-safe-kit-help], a[href="tel:${emergency}"]`);
  if (!shown) element.append(isExit ? plainExit(element) : plainHelp(fallbackAudience(element)));
}

function load(tag: string, element: Element): void {
  // The kit script's own settings (data-school=…) reach every component on the page that does not set its own:
  // those the component declares, quietly (a quick exit has no school to leave out).
  if (script) copySettings(element as HTMLElement, dataSettings(script).filter(([name]) => !element.hasAttribute(name)), true);
  fillIfEmpty(element);
  const file = __SAFE_KIT_COMPONENTS__[tag];
  if (!file) {
    console.warn(`safe-kit: there is no component "${tag.slice(TAG_PREFIX.length)}". Known: ${Object.keys(__SAFE_KIT_COMPONENTS__).map((t) => t.slice(TAG_PREFIX.length)).join(', ')}`);
    return;
  }
  preloadContent(element, base);
  if (customElements.get(tag)) return;
  if (timedOut.has(tag)) addHelp(element);
  if (requested.has(tag)) return;
  requested.add(tag);
  const url = new URL(file, base).href;
  import(url).catch((error: unknown) => {
    requested.delete(tag);
    console.error(`safe-kit: could not load ${tag}: ${whyNotLoaded(url)}`, error);
    document.querySelectorAll(tag).forEach(addHelp);
  });
  afterTimeOut(tag, () => document.querySelectorAll(tag).forEach(addHelp));
  preload(tag, base);
}

/** Makes the element a placeholder or script asks for, carrying its declared data-* settings across, checked. */
function mount(from: HTMLElement, name: string, place: (el: HTMLElement) => void): void {
  from.setAttribute(MOUNTED, '');
  const tag = TAG_PREFIX + name.trim().toLowerCase();
  if (!/^safe-[a-z]+(-[a-z]+)*$/.test(tag)) return;
  const element = document.createElement(tag);
  copySettings(element, dataSettings(from));
  place(element);
}

function scan(root: ParentNode): void {
  // Script snippets (this one, others added later by page JavaScript, ones an optimiser rewrote): a panel each.
  for (const tag of scriptsToMount(root, MOUNTED, script)) mount(tag, tag.dataset.component ?? '', (el) => placeAfterScript(tag, el));
  const placeholder = `[data-safe-kit]:not([${MOUNTED}])`;
  // A placeholder that page JavaScript adds is itself the added node, not only inside one.
  const added = root instanceof HTMLElement && root.matches(placeholder) ? [root] : [];
  for (const div of [...added, ...root.querySelectorAll<HTMLElement>(placeholder)]) {
    // What the webmaster put inside the placeholder (a fallback link) stays visible until the component draws.
    mount(div, div.dataset.safeKit ?? '', (el) => {
      el.append(...div.childNodes);
      div.append(el);
    });
  }
  const tags = Object.keys(__SAFE_KIT_COMPONENTS__);
  const found = root instanceof Element && tags.includes(root.localName) ? [root] : [];
  for (const element of [...found, ...root.querySelectorAll(tags.join(','))]) load(element.localName, element);
}

/** In a kit frame (frame/<name>.html), the address's ?audience=… settings become the component's attributes. */
function setUpFrame(): void {
  if (!document.querySelector('meta[name="safe-kit-frame"]')) return;
  // Only the component's declared settings, checked, reach its element (see copy-settings.ts).
  const frameSettings = [...new URLSearchParams(location.search)];
  for (const div of document.querySelectorAll<HTMLElement>('[data-safe-kit]')) {
    mount(div, div.dataset.safeKit ?? '', (el) => {
      copySettings(el, frameSettings);
      el.append(...div.childNodes);
      div.append(el);
    });
  }
  // The rest of a frame page's work (its height, its layout, its links) is frame/frame.js's.
}

function start(): void {
  setUpFrame();
  scan(document);
  // CMSs that build the page with JavaScript (Wix, SharePoint) add the kit's tags after this script has run.
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

if (kit.copies.length === 1) listenForFrames(base);
start();
