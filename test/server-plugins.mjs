/**
 * What the test server adds to plain file serving:
 * - the built kit at a deep sub-folder, /council/online-safety/kit/, as a school's council would host it;
 * - a strict Content-Security-Policy (with Trusted Types required) on the pages that test it;
 * - the command `safe-content`, which gives a test the compiled content of the real files, so that no test
 *   copies content by hand.
 */
import { compileAll } from '../src/build/compile-content.ts';

export const KIT_PATH = '/council/online-safety/kit/';
export const STRICT_CSP = "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/**
 * Copies of the kit with a part missing, as when a council's host loses a file: the page must still show help.
 */
const BROKEN_KITS = {
  '/broken/no-component/kit/': /^components\//,
  '/broken/no-content/kit/': /^chunks\/services-/,
  '/broken/no-guide-body/kit/': /^chunks\/guide-tiktok-/,
};

/** Server middleware: runs before the file server. */
export async function kitServer(ctx, next) {
  for (const [prefix, missing] of Object.entries(BROKEN_KITS)) {
    if (!ctx.path.startsWith(prefix)) continue;
    const file = ctx.path.slice(prefix.length);
    if (missing.test(file)) {
      ctx.status = 404;
      return;
    }
    ctx.path = `/dist/${file}`;
  }
  if (ctx.path.startsWith(KIT_PATH)) ctx.path = `/dist/${ctx.path.slice(KIT_PATH.length)}`;
  await next();
  if (/\/test\/pages\/strict-.*\.html$/.test(ctx.path)) ctx.set('Content-Security-Policy', STRICT_CSP);
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
