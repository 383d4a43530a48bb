/**
 * What the test server adds to plain file serving:
 * - the built kit at a deep sub-folder, /council/online-safety/kit/, as a school's council would host it;
 * - a strict Content-Security-Policy (with Trusted Types required) on the pages that test it;
 * - the command `safe-content`, which gives a test the compiled content of the real files, so that no test
 *   copies content by hand.
 */
import { readFile } from 'node:fs/promises';
import { compileAll } from '../src/build/compile-content.ts';
import { kitOriginFor } from './kit-origin.mjs';
import { councilFolder } from '../src/build/layers/council-folder.ts';

export const KIT_PATH = '/council/online-safety/kit/';
/** A second copy of the same kit in another folder, as when a school pastes snippets from two councils or trusts. */
export const SECOND_KIT_PATH = '/neighbouring-council/kit/';
/** A strict policy a school might set: scripts only from itself and the council's kit (test/kit-origin.mjs). */
export const strictCsp = (kitOrigin) =>
  `script-src 'self' ${kitOrigin}; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`;
/**
 * The kit built with the example council's folder (`npm run build:example` into dist-example/): its schools and
 * local contacts, as a council's own kit would serve them.
 */
export const EXAMPLE_KIT_PATH = '/example-council/kit/';
export const EXAMPLE_COUNCIL = 'test/fixtures/councils/example';

/**
 * The kit built with 1,000 guides (`npm run build:many-guides` into dist-many-guides/), as a council with many
 * guides would serve it; the same kit on a host that answers the list's other cards slowly and then not at all
 * (a reader searching must be told it is loading, then get help); and without its scripts (JavaScript off).
 */
export const MANY_GUIDES_KITS = {
  '/council/many-guides/kit/': undefined,
  '/council/many-guides-lost/kit/': /^chunks\/guides-rest-/,
  // With no script of the kit: the frame pages as a reader with JavaScript off gets them.
  '/council/many-guides-no-script/kit/': /^(embed\.js|frame\/frame\.js)$/,
};

/**
 * Copies of the kit with a part missing, as when a council's host loses a file: the page must still show help.
 */
const BROKEN_KITS = {
  '/broken/no-component/kit/': /^components\//,
  '/broken/no-content/kit/': /^chunks\/services-/,
  '/broken/no-guide-body/kit/': /^chunks\/guide-tiktok-/,
  // A frame page with no script of the kit at all: what a reader with JavaScript off gets.
  '/broken/no-script/kit/': /^(embed\.js|frame\/frame\.js)$/,
};

/**
 * A copy of the kit on a slow host: its components arrive after a delay, so a test can see the page in the
 * moments between embed.js running and a component drawing.
 */
export const SLOW_KIT_PATH = /^\/slow-host(-[a-z-]+)?\/kit\//;
const SLOW_MS = 1500;

/**
 * Copies of the kit whose component code, or content, fails in each way a real host can fail:
 * /broken/<part>-<kind>/kit/, e.g. /broken/code-hang/kit/embed.js. The parts: `code` (every component's file),
 * `content` (every content chunk: services, cards, plans, alerts, the agreement, the guides' index and texts),
 * `guide-text` (each guide's own text, not the index). The kinds are FAILURES' keys.
 */
const FAILING_PARTS = {
  code: /^components\//,
  content: /^chunks\/(services|agreement|alerts|child-plan|response|response-contacts|guides-index|guide-[a-z0-9-]+)-[\w-]+\.js$/,
  'guide-text': /^chunks\/guide-[a-z0-9-]+-[\w-]+\.js$/,
  // The quick exit's own file only, which a children's help panel fetches for itself.
  exit: /^components\/exit-[\w-]+\.js$/,
  // The helper that prints a card or agreement alone, fetched when the reader prints.
  print: /^chunks\/print-alone-[\w-]+\.js$/,
};

/**
 * How long a hanging request is held: past the loader's 4-second time-out and the tests' waits for help (so the
 * help they see is the time-out's, not the failure when the request ends), and bounded, so nothing is left open.
 */
const HANG_MS = 20000;

const FAILURES = {
  404: (ctx) => (ctx.status = 404),
  500: (ctx) => {
    ctx.status = 500;
    ctx.type = 'text/plain';
    ctx.body = 'Internal Server Error';
  },
  // A host or proxy that answers every missing file with its own HTML page, and status 200.
  html: (ctx) => {
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Page not found</title><h1>Sorry, we cannot find that page</h1>';
  },
  // A file cut off half way (a failed upload or an interrupted copy), served as JavaScript.
  truncated: async (ctx, file) => {
    const text = await readFile(new URL(`../dist/${file}`, import.meta.url), 'utf8');
    ctx.status = 200;
    ctx.type = 'text/javascript';
    ctx.body = text.slice(0, Math.floor(text.length / 2));
  },
  // A request that is accepted and never answered, until the server gives up.
  hang: async (ctx) => {
    await new Promise((resolve) => setTimeout(resolve, HANG_MS).unref());
    ctx.status = 504;
  },
};

/** Serves /broken/<part>-<kind>/kit/: true if it answered the request itself (with a failure). */
async function failingKit(ctx) {
  const match = /^\/broken\/([a-z-]+)-(404|500|html|truncated|hang)\/kit\/(.*)$/.exec(ctx.path);
  if (!match || !(match[1] in FAILING_PARTS)) return false;
  const [, part, kind, file] = match;
  if (FAILING_PARTS[part].test(file)) {
    await FAILURES[kind](ctx, file);
    return true;
  }
  ctx.path = `/dist/${file}`;
  return false;
}

/** Server middleware: runs before the file server. */
export async function kitServer(ctx, next) {
  if (await failingKit(ctx)) return;
  const slow = SLOW_KIT_PATH.exec(ctx.path);
  if (slow) {
    const file = ctx.path.slice(slow[0].length);
    if (/^components\//.test(file)) await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    ctx.path = `/dist/${file}`;
    await next();
    // Never from the browser's cache (each test page also names a slow host of its own, /slow-host-<name>/kit/).
    ctx.set('Cache-Control', 'no-store');
    return;
  }
  for (const [prefix, missing] of Object.entries(BROKEN_KITS)) {
    if (!ctx.path.startsWith(prefix)) continue;
    const file = ctx.path.slice(prefix.length);
    if (missing.test(file)) {
      ctx.status = 404;
      return;
    }
    ctx.path = `/dist/${file}`;
  }
  for (const kit of [KIT_PATH, SECOND_KIT_PATH]) {
    if (ctx.path.startsWith(kit)) ctx.path = `/dist/${ctx.path.slice(kit.length)}`;
  }
  if (ctx.path.startsWith(EXAMPLE_KIT_PATH)) ctx.path = `/dist-example/${ctx.path.slice(EXAMPLE_KIT_PATH.length)}`;
  for (const [prefix, lost] of Object.entries(MANY_GUIDES_KITS)) {
    if (!ctx.path.startsWith(prefix)) continue;
    const file = ctx.path.slice(prefix.length);
    if (lost?.test(file)) {
      await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
      ctx.status = 404;
      return;
    }
    ctx.path = `/dist-many-guides/${file}`;
  }
  await next();
  if (/\/test\/pages\/strict-.*\.html$/.test(ctx.path)) ctx.set('Content-Security-Policy', strictCsp(kitOriginFor(ctx)));
}

export function contentCommand() {
  let content;
  let example;
  return {
    name: 'safe-content-command',
    executeCommand({ command, payload }) {
      if (command !== 'safe-content') return undefined;
      // `council: 'example'`: the content as the example council's kit (dist-example/) was built from it.
      if (payload.council === 'example') {
        example ??= compileAll({ cwd: process.cwd(), council: councilFolder(process.cwd(), { SAFE_KIT_COUNCIL: EXAMPLE_COUNCIL }) });
        return example[payload.collection];
      }
      content ??= compileAll({ cwd: process.cwd() });
      return content[payload.collection];
    },
  };
}

/**
 * The command `bring-to-front`: test files run side by side in tabs, and a background tab does not lay out or
 * resize, so a test that needs the page drawn (an iframe fitting its content) brings its own tab to the front.
 */
export function bringToFrontCommand() {
  return {
    name: 'bring-to-front-command',
    async executeCommand({ command, session }) {
      if (command !== 'bring-to-front') return undefined;
      await session.browser.getPage?.(session.id)?.bringToFront();
      return true;
    },
  };
}

/**
 * A built frame page (dist/frame/<name>.html) as it is, except that its own links go to a local test page
 * (test/pages/landed.html?to=…) and its files are fetched from the kit's folder: a test can click a help link
 * inside a sandbox and see where it went without leaving the machine.
 */
export async function localLinksFrame(ctx, next) {
  const match = /^\/test\/local-links\/frame\/([a-z-]+)\.html$/.exec(ctx.path);
  if (!match) return next();
  const { readFile } = await import('node:fs/promises');
  const html = await readFile(new URL(`../dist/frame/${match[1]}.html`, import.meta.url), 'utf8').catch(() => undefined);
  if (html === undefined) return next();
  ctx.type = 'html';
  ctx.body = html
    .replace(/href="((?:https:|tel:|mailto:)[^"]*)"/g, (_, to) => `href="/test/pages/landed.html?to=${encodeURIComponent(to)}"`)
    .replace('href="frame.css"', `href="${KIT_PATH}frame/frame.css"`)
    .replace('src="../embed.js"', `src="${KIT_PATH}embed.js"`)
    .replace('src="frame.js"', `src="${KIT_PATH}frame/frame.js"`);
}

/**
 * The command `frame-heights`: gives the test demo/frame-heights.json and whether this run rewrites it
 * (SAFE_KIT_UPDATE_HEIGHTS=1); in that run, it writes the heights the test measured into it (see test/embed/frame-heights.test.ts).
 */
export function frameHeightsCommand() {
  return {
    name: 'frame-heights-command',
    async executeCommand({ command, payload }) {
      if (command !== 'frame-heights') return undefined;
      const { readFile, writeFile } = await import('node:fs/promises');
      const file = new URL('../demo/frame-heights.json', import.meta.url);
      const updating = Boolean(process.env.SAFE_KIT_UPDATE_HEIGHTS);
      if (payload?.measured && updating) await writeFile(file, `${JSON.stringify(payload.measured, null, 2)}\n`);
      return { file: JSON.parse(await readFile(file, 'utf8').catch(() => '{}')), updating };
    },
  };
}

/**
 * The command `frame-text`: what a reader sees in a frame the test page cannot look into (a sandbox without
 * allow-same-origin has an opaque origin): the visible text of the first frame whose address contains `url`,
 * read through the browser's own automation, and whether its 999 link is inside the frame's viewport.
 */
export function frameTextCommand() {
  return {
    name: 'frame-text-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'frame-text') return undefined;
      const page = session.browser.getPage?.(session.id);
      const frame = page?.frames().find((f) => f.url().includes(payload.url));
      if (!frame) return { found: false };
      // A frame with scripts off cannot be asked for its text: its address is still known.
      const read = frame.evaluate(() => {
        const link = document.querySelector('a[href="tel:999"]');
        const box = link?.getBoundingClientRect();
        const visible = Boolean(box && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight && getComputedStyle(link).visibility !== 'hidden');
        // What a reader sees includes what components draw in their shadow roots, which innerText leaves out.
        const texts = [];
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot) {
              texts.push(...[...el.shadowRoot.children].map((c) => c.innerText ?? ''));
              walk(el.shadowRoot);
            }
          }
        };
        walk(document);
        return { text: [document.body.innerText, ...texts].join('\n'), emergencyVisible: visible, fit: document.documentElement.dataset.fit ?? null, height: innerHeight };
      });
      return { found: true, url: frame.url(), ...(await read.catch(() => ({}))) };
    },
  };
}

/**
 * The command `leave-in-a-tab`: opens `url` (a school page with a kit frame in it) in a tab of its own, clicks the
 * quick exit inside the frame as a reader does (a real click, so the frame may move the whole tab), and answers
 * with the address the tab ends on and how long its history is. A test page cannot do this itself: the exit
 * would take the test runner's own tab away.
 */
export function leaveInATabCommand() {
  return {
    name: 'leave-in-a-tab-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'leave-in-a-tab') return undefined;
      const runner = session.browser.getPage(session.id);
      const tab = await runner.browserContext().newPage();
      try {
        await tab.goto(payload.url);
        const frame = await waitForValue(() => tab.frames().find((f) => f.url().includes('/frame/exit.html')));
        const button = await waitForValue(() => frame.evaluateHandle(() => document.querySelector('safe-exit')?.shadowRoot?.querySelector('[part="button"]') ?? null).then((h) => (h.asElement() ? h : undefined)));
        const history = await tab.evaluate(() => history.length);
        await button.click();
        const left = await waitForValue(async () => (tab.url() !== payload.url ? tab.url() : undefined)).catch(() => tab.url());
        return { url: left, historyBefore: history, historyAfter: await tab.evaluate(() => history.length).catch(() => -1) };
      } finally {
        await tab.close().catch(() => {});
      }
    },
  };
}

/** Polls `get` until it gives a value (10 seconds at most). */
async function waitForValue(get) {
  for (let i = 0; i < 200; i++) {
    const value = await Promise.resolve().then(get).catch(() => undefined);
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('timed out');
}
