/**
 * One page load, measured in Chromium through puppeteer-core: what a reader on a phone pays for a component.
 *
 * - the mobile profile: a 360 px phone screen, the CPU slowed 4 times (Emulation.setCPUThrottlingRate) and
 *   slow 4G (Network.emulateNetworkConditions with Lighthouse's mobile figures: 150 ms round trip × 3.75 for
 *   request-level throttling = 562.5 ms, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up);
 * - content painted: the first frame (requestAnimationFrame, in the page or in the kit's frame) in which the
 *   component's own text, taken from its fully drawn shadow DOM, is in the document: the text is painted in that
 *   frame. Measured from the start of the school page's navigation;
 * - layout shifts and long tasks from PerformanceObserver, installed before the page's own scripts run;
 * - round trips: the depth of the request chain, by when each request was sent and finished (see below).
 */
import type { Browser, Page } from 'puppeteer-core';
import type { FileSizes } from './reference-host.ts';

export const PROFILE = {
  viewport: { width: 360, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  cpuSlowdown: 4,
  network: { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 },
};

export interface Load {
  paintedMs: number | null;
  cls: number;
  longTasks: number;
  longTaskMs: number;
  requests: number;
  gzip: number;
  brotli: number;
  roundTrips: number;
}

/** Runs in every frame before its scripts: records shifts, long tasks and the frame the marker text appears in. */
function instrument(tag: string, marker: string) {
  const w = window as unknown as { __bench: { cls: number; longTasks: number; longTaskMs: number; painted: number | null } };
  const bench = (w.__bench = { cls: 0, longTasks: 0, longTaskMs: 0, painted: null as number | null });
  new PerformanceObserver((list) => {
    // Every shift: the bench gives no input, but its calls into the page (puppeteer's evaluate, a user gesture) would
    // mark the shifts after them as after input (see test/build/layout-shift.test.ts).
    for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { bench.longTasks++; bench.longTaskMs += e.duration; }
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    const root = document.querySelector(tag)?.shadowRoot;
    if (root && root.textContent!.includes(marker)) bench.painted = performance.timeOrigin + performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** The component's drawn HTML and CSS, as declarative shadow DOM (plain HTML, no script), and its longest text. */
function serialise(tag: string): { html: string; marker: string } {
  const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const children = (node: ParentNode): string => [...node.childNodes].map(one).join('');
  const one = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.parentElement?.localName === 'style' ? node.textContent! : text(node.textContent!);
    if (!(node instanceof Element)) return '';
    const name = node.localName;
    const open = `<${name}${[...node.attributes].map((a) => ` ${a.name}="${attr(a.value)}"`).join('')}>`;
    if (voids.has(name)) return open;
    const shadow = node.shadowRoot;
    const css = shadow ? shadow.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n') : '';
    const inside = shadow ? `<template shadowrootmode="open"><style>${css}</style>${children(shadow)}</template>` : '';
    return `${open}${inside}${node instanceof HTMLTemplateElement ? children(node.content) : children(node)}</${name}>`;
  };
  const element = document.querySelector(tag)!;
  let marker = '';
  const walker = document.createTreeWalker(element.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n.textContent!.trim();
    if (n.parentElement?.localName !== 'style' && t.length > marker.length) marker = t;
  }
  return { html: one(element), marker };
}

/** A first pass, unthrottled: the component fully drawn on the school's page, serialised for its static twin. */
export async function snapshot(browser: Browser, url: string, tag: string) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(PROFILE.viewport);
    await page.evaluateOnNewDocument(NAME_HELPER);
    await page.goto(url, { waitUntil: 'networkidle0', timeout: 60_000 });
    await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.textContent?.trim(), { timeout: 30_000 }, tag);
    await new Promise((r) => setTimeout(r, 500));
    return await page.evaluate(serialise, tag);
  } finally {
    await context.close();
  }
}

/** tsx keeps function names with a helper, __name, that the page does not have: give it one that does nothing. */
const NAME_HELPER = 'globalThis.__name ??= (f) => f;';

async function throttle(page: Page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', PROFILE.network);
}

/** Loads the page once, cold (a new browser context: no cache, no connections), under the mobile profile. */
export async function measure(browser: Browser, url: string, tag: string, marker: string, sizes: (url: string) => FileSizes | undefined): Promise<Load> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(PROFILE.viewport);
    await throttle(page);
    await page.evaluateOnNewDocument(NAME_HELPER);
    await page.evaluateOnNewDocument(instrument, tag, marker);
    // A request's round trip: one more than the deepest request whose answer had begun to arrive when it was sent
    // (the school's page is 0). Requests sent together share one; a request that waited on another, however it was started
    // (a parser, an import, a component asking for its content), counts one more.
    const finished: number[] = [];
    const depths: number[] = [];
    const kitFiles: string[] = [];
    let requests = 0;
    const depthOf = new Map<unknown, number>();
    page.on('request', (request) => {
      const main = request.isNavigationRequest() && request.frame() === page.mainFrame();
      const d = main ? 0 : 1 + Math.max(0, ...finished);
      depthOf.set(request, d);
      depths.push(d);
      if (!main) requests++;
      if (sizes(request.url())) kitFiles.push(request.url());
    });
    page.on('response', (response) => finished.push(depthOf.get(response.request()) ?? 0));
    page.on('requestfailed', (request) => finished.push(depthOf.get(request) ?? 0));
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // Content painted in the page or in the kit's frame, whichever shows the component.
    const painted = async () => {
      for (const frame of page.frames()) {
        const at = await frame.evaluate(() => (window as unknown as { __bench?: { painted: number | null } }).__bench?.painted ?? null).catch(() => null);
        if (at) return at;
      }
      return null;
    };
    let at: number | null = null;
    for (let waited = 0; !at && waited < 60_000; waited += 100) {
      at = await painted();
      if (!at) await new Promise((r) => setTimeout(r, 100));
    }
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 60_000 }).catch(() => undefined);
    const { origin, cls, longTasks, longTaskMs } = await page.evaluate(() => {
      const b = (window as unknown as { __bench: { cls: number; longTasks: number; longTaskMs: number } }).__bench;
      return { origin: performance.timeOrigin, ...b };
    });
    const files = kitFiles.map(sizes) as FileSizes[];
    return {
      paintedMs: at ? at - origin : null,
      cls,
      longTasks,
      longTaskMs,
      requests,
      gzip: files.reduce((s, f) => s + f.gzip, 0),
      brotli: files.reduce((s, f) => s + f.brotli, 0),
      roundTrips: Math.max(0, ...depths),
    };
  } finally {
    await context.close();
  }
}
