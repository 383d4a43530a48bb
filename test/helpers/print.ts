/**
 * Emulated print media for the print-layout tests. Emulation needs the Chrome DevTools Protocol, which the test
 * runner has in Chromium only: in Firefox the print test is skipped (Chromium runs it against the same styles).
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
