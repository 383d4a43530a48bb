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
 * placeholder). The page's text below the component moves twice: once when embed.js puts the plain help into the
 * empty element (0.026 for the exit's link, 0.043 for the child's help, 0.076 for the others' three lines), and
 * once when the component draws its content in place of that help, which pushes the text below out of view on a
 * 360 × 740 phone (0.33–0.38; the exit's button and note 0.06). CLS caps a move's distance at the screen's height, so this one move scores more than the loading state
 * that used to move the text just out of view, plus the content that moved it further where nobody saw it
 * (0.28–0.51 then). README's "What the kit costs a page" says what would have to change.
 */
const MEASURED: Record<string, string> = {
  'help-links': '0.46', 'response-card': '0.46', 'child-plan': '0.43', exit: '0.09', guides: '0.46',
  guide: '0.46', alerts: '0.40', 'family-agreement': '0.46',
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

/** Where the school's text below the component is, once a round trip has painted; and the component's state. */
interface Round { help: boolean; defined: boolean; drawn: boolean; textBelowAt: number }

/**
 * The page's layout shift once the component has drawn its content (in the page, or in the kit's frame);
 * `rounds` gets, after each round trip has painted and once all is drawn, where the page's own text below the
 * component is.
 */
async function shiftOn(name: string, way: Way, rounds?: Round[]): Promise<{ cls: number; jumps: number }> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 360, height: 740, isMobile: true, hasTouch: true });
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __shift: number[]; __shifts: PerformanceObserver };
      w.__shift = [];
      w.__shifts = new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__shift.push(e.value);
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
    const round = async () => rounds?.push(await page.evaluate((tag) => ({
      help: !!document.querySelector(`${tag} [data-safe-kit-help]`),
      defined: !!customElements.get(tag),
      drawn: !!document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]'),
      textBelowAt: document.querySelectorAll('main > p')[1].getBoundingClientRect().top,
    }), `safe-${name}`));
    for (let quiet = 0; quiet < 10; ) {
      await twoFrames();
      if (servers.held()) {
        await twoFrames();
        await round();
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
    await round();
    // Entries the observer has not been called back with yet are taken too.
    return await page.evaluate(() => {
      const w = window as unknown as { __shift: number[]; __shifts: PerformanceObserver };
      for (const e of w.__shifts.takeRecords() as (PerformanceEntry & { value: number })[]) w.__shift.push(e.value);
      // The page's CLS (one session: every shift here is within a second of the one before), and how many jumps.
      return { cls: w.__shift.reduce((a, b) => a + b, 0), jumps: w.__shift.length };
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
        const { cls } = await shiftOn(name, way);
        assert.ok(cls <= CLS_BUDGET, `CLS ${cls.toFixed(3)}`);
      });
  }
}

// The exit has no content to load.
for (const name of Object.keys(COMPONENTS).filter((n) => n !== 'exit')) {
  test(`${name}: after embed.js's plain help the page's text moves once, when the content is drawn: no loading state of another height (Chromium)`, async () => {
    const rounds: Round[] = [];
    const { jumps } = await shiftOn(name, 'placeholder', rounds);
    // Two at most: embed.js puts the plain help into the empty placeholder, the component draws its content.
    assert.ok(jumps <= 2, `the page jumped ${jumps} times: ${JSON.stringify(rounds)}`);
    const shown = rounds.slice(rounds.findIndex((r) => r.help));
    assert.ok(shown.length > 1 && shown.at(-1)!.drawn, `the help, then the content, were painted: ${JSON.stringify(rounds)}`);
    const positions = [...new Set(shown.map((r) => r.textBelowAt))];
    assert.ok(positions.length <= 2, `the text below stood at ${positions.join(', ')} px: ${JSON.stringify(rounds)}`);
    // While defined and waiting for its content, it takes the help's room exactly.
    for (const r of shown.filter((r) => r.defined && !r.drawn)) assert.equal(r.textBelowAt, shown[0].textBelowAt);
  });
}

test('the layout shifts listed as not met yet still happen (take a component off MEASURED when it no longer shifts)', async () => {
  // One way per component (script, tag and placeholder move the page alike): every listed component is checked.
  const met: string[] = [];
  for (const name of Object.keys(MEASURED)) {
    const { cls } = await shiftOn(name, 'placeholder');
    if (cls <= CLS_BUDGET) met.push(`${name}: ${cls.toFixed(3)}`);
  }
  assert.deepEqual(met, [], `no more than CLS ${CLS_BUDGET} now: take them off MEASURED`);
});

test('layout shift in Firefox', { skip: 'Firefox has no layout-shift entries (the Layout Instability API is Chromium\'s only), so a shift cannot be read there' }, () => {});
