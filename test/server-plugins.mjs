/**
 * What the test server adds to plain file serving:
 * - the built kit at a deep sub-folder, /council/online-safety/kit/, as a school's council would host it;
 * - a strict Content-Security-Policy (with Trusted Types required) on the pages that test it;
 * - the command `safe-content`, which gives a test the compiled content of the real files, so that no test
 *   copies content by hand.
 */
import { compileAll } from '../src/build/compile-content.ts';
import { kitOriginFor } from './kit-origin.mjs';

export const KIT_PATH = '/council/online-safety/kit/';
/** A second copy of the same kit in another folder, as when a school pastes snippets from two councils or trusts. */
export const SECOND_KIT_PATH = '/neighbouring-council/kit/';
/** A strict policy a school might set: scripts only from itself and the council's kit (test/kit-origin.mjs). */
export const strictCsp = (kitOrigin) =>
  `script-src 'self' ${kitOrigin}; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`;

/**
 * Copies of the kit with a part missing, as when a council's host loses a file: the page must still show help.
 */
const BROKEN_KITS = {
  '/broken/no-component/kit/': /^components\//,
  '/broken/no-content/kit/': /^chunks\/services-/,
  '/broken/no-guide-body/kit/': /^chunks\/guide-tiktok-/,
};

/**
 * A copy of the kit on a slow host: its components arrive after a delay, so a test can see the page in the
 * moments between embed.js running and a component drawing.
 */
export const SLOW_KIT_PATH = /^\/slow-host(-[a-z-]+)?\/kit\//;
const SLOW_MS = 1500;

/** Server middleware: runs before the file server. */
export async function kitServer(ctx, next) {
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
  await next();
  if (/\/test\/pages\/strict-.*\.html$/.test(ctx.path)) ctx.set('Content-Security-Policy', strictCsp(kitOriginFor(ctx)));
}

export function contentCommand() {
  let content;
  return {
    name: 'safe-content-command',
    executeCommand({ command, payload }) {
      if (command !== 'safe-content') return undefined;
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
