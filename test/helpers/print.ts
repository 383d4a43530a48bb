/**
 * Runs a check with the page laid out for printing (emulated print media), and back on screen afterwards.
 *
 * Chromium emulates print media through the DevTools protocol. Firefox is driven over WebDriver BiDi, which has
 * no media emulation yet, so there the test is skipped (and says why) rather than passing without checking.
 */
import { emulateMedia } from '@web/test-runner-commands';

export async function whilePrinting(test: Mocha.Context, check: () => void | Promise<void>): Promise<void> {
  try {
    await emulateMedia({ media: 'print' });
  } catch (error) {
    if (/CDP support is required/.test(String(error))) {
      test.skip();
    }
    throw error;
  }
  try {
    if (!matchMedia('print').matches) throw new Error('print media was not emulated');
    await check();
  } finally {
    await emulateMedia({ media: 'screen' });
  }
}
