/**
 * Emulated print media for the print-layout tests. Emulation needs the Chrome DevTools Protocol, which the test
 * runner has in Chromium only: in Firefox a print test is skipped (and says why) rather than passing without
 * checking; Chromium runs it against the same styles.
 */
import { emulateMedia } from '@web/test-runner-commands';

let printing = false;

/** Switches the page to print media, or skips the calling test where the browser cannot emulate it. */
export async function emulatePrint(test: Mocha.Context): Promise<void> {
  try {
    await emulateMedia({ media: 'print' });
    printing = true;
  } catch (e) {
    if (/CDP/.test(String(e))) test.skip();
    throw e;
  }
}

/** Back to screen media, if a test switched to print (call in afterEach). */
export async function endPrint(): Promise<void> {
  if (!printing) return;
  printing = false;
  await emulateMedia({ media: 'screen' });
}

/** Runs a check with the page laid out for printing, and back on screen afterwards. */
export async function whilePrinting(test: Mocha.Context, check: () => void | Promise<void>): Promise<void> {
  await emulatePrint(test);
  try {
    if (!matchMedia('print').matches) throw new Error('print media was not emulated');
    await check();
  } finally {
    await endPrint();
  }
}
