/**
 * The kit must not make a school's page jump: on the reference school page (test/bench/reference-host.ts: the
 * built kit on another origin, text above and below the component), every component put on the page every way a
 * webmaster can causes a cumulative layout shift of at most 0.01, read from the page's own layout-shift entries
 * in Chromium once the component has drawn its content. A shift is deterministic (where things move to), so it
 * is a budget; no time is measured.
 *
 * Every shift counts, `hadRecentInput` or not: the test gives the page no input, but each call the test makes into
 * the page (puppeteer's evaluate runs as a user gesture) marks the shifts of the next 500 ms as after input, and
 * the test calls in every round. Leaving those out read 0.000 for pages that visibly jumped.
 *
 * A budget the kit does not meet yet is listed in SHIFTING with what was measured: its test is skipped (not
 * raised), README's "What the kit costs a page" says what would have to change, and a test fails as soon as it
 * is met.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumPath, CHROMIUM_ARGS } from '../browsers.mjs';
import { startServers, hostPath, COMPONENTS, WAYS, type Servers, type Way } from '../bench/reference-host.ts';
import { PROJECT } from './helpers.ts';

const CLS_BUDGET = 0.01;
/**
 * `component way` → what was measured, for budgets not met yet (the same for the script, the tag and the
 * placeholder). The page's text below the component moves twice, and no more: once when embed.js puts the plain
 * help into the empty element (0.026 for the exit's link, 0.043 for the child's help, 0.076 for the others' three
 * lines), and once when the component draws its content in place of that help, which pushes the text below out
 * of view on a 360 × 740 phone (0.33–0.38, the guide its name before its text; the exit's button and note 0.06). The component's own loading state
 * no longer moves anything: it shows the same help until its content is there. README's "What the kit costs a
 * page" says what would have to change.
 */
const MEASURED: Record<string, string> = {
  'help-links': '0.46', 'response-card': '0.46', 'child-plan': '0.43', exit: '0.09', guides: '0.46',
  guide: '0.44', alerts: '0.40', 'family-agreement': '0.46',
};
const SHIFTING: Record<string, string> = Object.fromEntries(Object.entries(MEASURED).flatMap(([name, cls]) =>
  (['script', 'tag', 'placeholder'] as const).map((way) => [`${name} ${way}`, `CLS ${cls} measured`])));

let servers: Servers;
let browser: Browser;
before(async () => {
  servers = await startServers(join(PROJECT, 'dist'));
  browser = await puppeteer.launch({ executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

/** Where the school's text below the component is, in a round trip that has painted: and the component's state. */
interface Round { defined: boolean; drawn: boolean; textBelowAt: number }

/**
 * The page's layout shift once the component has drawn its content (in the page, or in the kit's frame);
 * `rounds` gets, after each round trip has painted, where the page's own text below the component is.
 */
async function shiftOn(name: string, way: Way, rounds?: Round[]): Promise<number> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 360, height: 740, isMobile: true, hasTouch: true });
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __shift: number; __shifts: PerformanceObserver };
      w.__shift = 0;
      w.__shifts = new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__shift += e.value;
      });
      w.__shifts.observe({ type: 'layout-shift', buffered: true });
    });
    // The page draws what it has before each round trip's files arrive: the fallback, the loading state, the content.
    servers.hold(true);
    const navigation = page.goto(servers.hostOrigin + hostPath(name, way), { waitUntil: 'load', timeout: 120_000 });
    const drawn = () => Promise.all(page.frames().map((f) => f.evaluate((tag) => !!document.querySelector(tag)?.shadowRoot?.textContent?.trim(), `safe-${name}`).catch(() => false)));
    const twoFrames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))).catch(() => undefined);
    // The school's page itself is not held: start once it is the document shown, with its last line parsed.
    await page.waitForFunction(() => location.protocol === 'http:' && document.querySelector('footer')
      && performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'), { timeout: 60_000 });
    // Ends once the component has drawn and has asked for nothing more over ten rounds of two frames.
    for (let quiet = 0; quiet < 10; ) {
      await twoFrames();
      if (servers.held()) {
        await twoFrames();
        if (rounds) rounds.push(await page.evaluate((tag) => ({
          defined: !!customElements.get(tag),
          drawn: !!document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]'),
          textBelowAt: document.querySelectorAll('main > p')[1].getBoundingClientRect().top,
        }), `safe-${name}`));
        servers.release();
        quiet = 0;
      } else {
        quiet = (await drawn()).some(Boolean) ? quiet + 1 : 0;
      }
      await new Promise((r) => setTimeout(r, 30));
    }
    servers.hold(false);
    await navigation;
    await twoFrames();
    // Entries the observer has not been called back with yet are taken too.
    return await page.evaluate(() => {
      const w = window as unknown as { __shift: number; __shifts: PerformanceObserver };
      for (const e of w.__shifts.takeRecords() as (PerformanceEntry & { value: number })[]) w.__shift += e.value;
      return w.__shift;
    });
  } finally {
    await context.close();
  }
}

for (const name of Object.keys(COMPONENTS)) {
  for (const way of WAYS) {
    const key = `${name} ${way}`;
    const known = SHIFTING[key];
    test(`${name}, put on a school's page by ${way}, makes the page jump no more than a CLS of ${CLS_BUDGET} (Chromium)`,
      known ? { skip: `not met yet: ${known} (README: What the kit costs a page)` } : {}, async () => {
        const cls = await shiftOn(name, way);
        assert.ok(cls <= CLS_BUDGET, `CLS ${cls.toFixed(3)}`);
      });
  }
}

for (const name of Object.keys(COMPONENTS).filter((n) => n !== 'exit')) {
  test(`${name}: once defined, it shows what the page showed before (the plain help) until its content is drawn: no loading state of another height (Chromium)`, async () => {
    const rounds: Round[] = [];
    await shiftOn(name, 'placeholder', rounds);
    const waiting = rounds.filter((r) => r.defined && !r.drawn);
    assert.ok(waiting.length > 0, `a round trip painted the component defined but not drawn: ${JSON.stringify(rounds)}`);
    const before = rounds.filter((r) => !r.defined).at(-1)!;
    for (const r of waiting) assert.equal(r.textBelowAt, before.textBelowAt, `the text below moved from ${before.textBelowAt} to ${r.textBelowAt} px while the content loaded`);
  });
}

test('the layout shifts listed as not met yet still happen (take them off SHIFTING when none does)', async () => {
  const seen: string[] = [];
  for (const key of Object.keys(SHIFTING)) {
    const [name, way] = key.split(' ') as [string, Way];
    const cls = await shiftOn(name, way);
    seen.push(`${key}: ${cls.toFixed(3)}`);
    if (cls > CLS_BUDGET) return;
  }
  assert.fail(`no listed page jumped more than CLS ${CLS_BUDGET}: take them off SHIFTING (${seen.join(', ')})`);
});

test('layout shift in Firefox', { skip: 'Firefox has no layout-shift entries (the Layout Instability API is Chromium\'s only), so a shift cannot be read there' }, () => {});
