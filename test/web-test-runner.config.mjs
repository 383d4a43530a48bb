/**
 * The browser tests: every component's tests (src/components/<name>/test/) and the embedding tests (test/embed/),
 * in Chromium and Firefox, against the built dist/ (run `npm test`, which builds first).
 */
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumPath, firefoxPath, CHROMIUM_ARGS } from './browsers.mjs';
import { kitServer, contentCommand, bringToFrontCommand, leaveInATabCommand } from './server-plugins.mjs';
import { kitHeaders, kitOriginPages, kitFrameCommand } from './kit-origin.mjs';
import { localLinksFrame, frameHeightsCommand, frameTextCommand } from './server-plugins.mjs';
import { tapCommand } from './reader-commands.mjs';

// SAFE_KIT_BROWSERS=chromium (or firefox) runs one browser only, for a quicker look while working.
const only = process.env.SAFE_KIT_BROWSERS;
// The browsers run in a time zone 14 hours ahead of UTC, where the reader's date differs from UTC's for most of
// the day: anything that takes UTC's date for the reader's (an alert's expiry, a printed date) shows up.
const env = { ...process.env, TZ: 'Pacific/Kiritimati' };
const browsers = [];
if (only !== 'firefox') {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS, env },
      // Each test file in a window of its own: a tab behind another is hidden, and a hidden page does not render,
      // so an iframe in it would never be told to resize.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  );
}
const firefox = only === 'chromium' ? undefined : firefoxPath();
if (firefox) {
  browsers.push(
    // One page at a time: Firefox gives keyboard focus to one page only, and the keyboard tests need it.
    chromeLauncher({
      puppeteer,
      concurrency: 1,
      launchOptions: {
        browser: 'firefox',
        executablePath: firefox,
        headless: true,
        env,
        // The failure tests hold requests open (a host that never answers); Firefox's six connections to the test
        // server would then queue every other test's requests behind them.
        extraPrefsFirefox: { 'network.http.max-persistent-connections-per-server': 64 },
      },
    }),
  );
} else if (!only) {
  console.warn('No Firefox found (set FIREFOX_PATH to test in it): the tests run in Chromium only.');
}

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  files: ['src/components/*/test/*.test.ts', 'test/embed/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  // The kit answers on another origin than the test pages, with the headers hosting/ ships (test/kit-origin.mjs).
  middleware: [kitHeaders, kitServer, localLinksFrame],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) }),
    contentCommand(),
    bringToFrontCommand(),
    leaveInATabCommand(),
    kitOriginPages(),
    kitFrameCommand(),
    frameHeightsCommand(),
    frameTextCommand(),
    tapCommand(),
  ],
};
