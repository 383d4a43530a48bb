/**
 * Finds the browsers the tests run in, so that `npm test` needs no set-up:
 * - Chromium: $CHROME_PATH, else the machine's Chromium or Chrome, else the headless Chromium that the
 *   @sparticuz/chromium npm package carries (x64 Linux), unpacked to the temp folder on first use.
 * - Firefox: $FIREFOX_PATH, else the machine's Firefox ESR or Firefox, driven over WebDriver BiDi. A machine
 *   without Firefox runs the tests in Chromium only, and says so.
 */
import { existsSync } from 'node:fs';

const CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const FIREFOXES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Flags for Chromium on a machine with no network but loopback and possibly no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function chromiumPath() {
  const found = [process.env.CHROME_PATH, ...CHROMIUMS].find((p) => p && existsSync(p));
  if (found) return found;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

export function firefoxPath() {
  return [process.env.FIREFOX_PATH, ...FIREFOXES].find((p) => p && existsSync(p));
}
