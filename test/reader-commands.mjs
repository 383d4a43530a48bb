/**
 * Commands for the tests of what a phone reader does, through the test runner's Puppeteer page:
 * - `tap`: a real finger tap at a point of the page (the browser's own touch input);
 * - `reader-text-size`: the reader's own default text size, as a phone's text-size setting sets it (Chromium's
 *   font-size preference, which `font-size: medium` and `em` in media queries follow; in every frame of the page).
 *   Firefox cannot change it while running: the command answers false and the test sets --safe-font-size instead;
 * - `print-pages`: prints the page to a PDF on A4, as the browser's own Print does (Chromium only), and answers how
 *   many pages came out.
 */
export function tapCommand() {
  return {
    name: 'tap-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'tap' && command !== 'reader-text-size' && command !== 'print-pages') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error(`${command}: this browser has no page`);
      if (command === 'print-pages') {
        // Firefox cannot print to PDF here: false (null would read as an unknown command), and the test skips.
        if (/firefox/i.test(await page.browser().version())) return false;
        // A test that emulated screen media (to end a print-layout check) would otherwise print the screen layout.
        await page.emulateMediaType(null);
        const pdf = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
        // Each page of the PDF is one object of type /Page (the page tree is /Pages).
        return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
      }
      if (command === 'reader-text-size') {
        if (!page.createCDPSession || /firefox/i.test(await page.browser().version())) return false;
        const client = await page.createCDPSession();
        await client.send('Page.setFontSizes', { fontSizes: { standard: payload.px, fixed: Math.round(payload.px * 0.8125) } });
        await client.detach();
        return true;
      }
      for (let i = 0; i < (payload.times ?? 1); i++) await page.touchscreen.tap(payload.x, payload.y);
      return true;
    },
  };
}
