/**
 * The command `tap`: a real finger tap at a point of the page (the browser's own touch input, through the test
 * runner's Puppeteer page), for the tests of what a phone reader does: a quick exit set off by three quick taps.
 */
export function tapCommand() {
  return {
    name: 'tap-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'tap') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error('tap: this browser has no page to tap');
      for (let i = 0; i < (payload.times ?? 1); i++) await page.touchscreen.tap(payload.x, payload.y);
      return true;
    },
  };
}
