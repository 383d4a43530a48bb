/**
 * Helpers for the browser tests. Every test runs the real built kit (dist/, served at KIT) against the real
 * content, compiled by the real build code on the test server.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { AgreementGroup, Alert, ChildPlan, Guide, ResponseCard, Service, Topic } from '../../src/content/types.ts';

/**
 * Where the test server serves dist/: a deep sub-folder, as a council might host it, on another origin than the
 * test pages (the other loopback name, test/kit-origin.mjs), with the headers hosting/ ships: every test loads
 * the kit as a school's page does.
 */
export const KIT_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
export const KIT = `${KIT_ORIGIN}/council/online-safety/kit/`;
/** The same kit on the test pages' own origin, for a test that looks inside the kit's own pages. */
export const KIT_PATH = '/council/online-safety/kit/';

interface ContentCollections {
  services: Service[];
  agreement: AgreementGroup[];
  alerts: Alert[];
  'child-plan': ChildPlan[];
  response: ResponseCard[];
  guides: Guide[];
  topics: Topic[];
}

/** The compiled content of content/<collection>/, straight from the files. */
export function content<K extends keyof ContentCollections>(collection: K): Promise<ContentCollections[K]> {
  return executeServerCommand('safe-content', { collection }) as Promise<ContentCollections[K]>;
}

export async function waitFor<T>(check: () => T | null | undefined | false, what: string, timeout = 8000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

let kitLoaded: Promise<void> | undefined;

/** Loads dist/embed.js into the test page once, as a school page would. */
export function loadKit(): Promise<void> {
  kitLoaded ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `${KIT}embed.js`;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('dist/embed.js did not load: run `npm run build` first'));
    document.head.append(script);
  });
  return kitLoaded;
}

/** Puts an element on the test page, with attributes and (optional) fallback text inside. */
export function place<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text) element.textContent = text;
  document.body.append(element);
  return element;
}

/** Resolves when `selector` matches inside the element's shadow root. */
export function rendered(element: Element, selector: string): Promise<Element> {
  return waitFor(() => element.shadowRoot?.querySelector(selector), `${element.localName} to show ${selector}`);
}

export function shadowAll(element: Element, selector: string): HTMLElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
}

/** A page of test/pages/ in an iframe, and what it recorded (test/pages/record.js). */
export interface TestPage {
  frame: HTMLIFrameElement;
  window: Window & { __problems: string[] };
  document: Document;
}

export async function openPage(path: string): Promise<TestPage> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '600';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return { frame, window: frame.contentWindow as TestPage['window'], document: frame.contentDocument! };
}

/**
 * The page's help panels once there are `count` of them and every one has drawn its services (a panel still
 * waiting for its content shows only the plain help).
 */
export function drawnPanels(page: TestPage, count: number, timeout = 20000): Promise<HTMLElement[]> {
  return waitFor(() => {
    const all = [...page.document.querySelectorAll<HTMLElement>('safe-help-links')];
    return all.length === count && all.every((panel) => panel.shadowRoot?.querySelector('[data-service]')) && all;
  }, `${count} drawn panel(s) in "${page.document.title}"`, timeout);
}

/** The ids of the services a drawn help panel shows, sorted (to compare with `listedFor`). */
export const shownServiceIds = (panel: Element) =>
  [...panel.shadowRoot!.querySelectorAll<HTMLElement>('[data-service]')].map((e) => e.dataset.service).sort();

/** The ids of the services the content lists for an audience (all but the emergency service), sorted. */
export const listedFor = (services: Service[], audience: 'children' | 'parents' | 'staff') =>
  services.filter((s) => s.audiences[audience] && !s.emergency).map((s) => s.id).sort();

/** Every link a reader can reach by keyboard in a component, in tab order. */
export const focusableLinks = (element: Element) => shadowAll(element, 'a[href], button:not([disabled])');
