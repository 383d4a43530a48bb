/**
 * The helper that prints a response card or a family agreement on its own (src/print/print-alone.ts) is not part
 * of what a reader downloads to see the card: it is fetched when the reader first presses Print. If it cannot
 * load, Print still prints (the whole page) rather than doing nothing. Each page is the component and the kit on
 * another origin (test/pages/component-from-kit.html).
 */
import { expect } from '@esm-bundle/chai';
import { openPage, waitFor, type TestPage } from '../helpers/kit.ts';

const PRINTERS = [
  { tag: 'safe-response-card', button: 'print', settings: 'audience=staff' },
  { tag: 'safe-family-agreement', button: 'print-button', settings: 'age=8-11' },
];

const helperFetched = (page: TestPage) =>
  page.window.performance.getEntriesByType('resource').some((e) => /\/chunks\/print-alone-[\w-]+\.js$/.test(e.name));

async function drawn(query: string) {
  const page = await openPage(`/test/pages/component-from-kit.html?${query}`);
  let printed = 0;
  page.window.print = () => void printed++;
  const element = page.document.querySelector<HTMLElement>('#component > *')!;
  return { page, element, printed: () => printed };
}

describe('printing a card or agreement alone', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const { tag, button, settings } of PRINTERS) {
    it(`${tag}: drawn without the print helper, which Print fetches and uses`, async () => {
      const { page, element, printed } = await drawn(`tag=${tag}&${settings}`);
      const print = await waitFor(() => element.shadowRoot?.querySelector<HTMLButtonElement>(`[part="${button}"]`), `${tag}'s print button`, 15000);
      expect(helperFetched(page), 'the print helper, before printing').to.equal(false);
      print.click();
      await waitFor(() => printed() === 1, 'the print dialog');
      expect(element.hasAttribute('data-safe-printing'), 'printed alone').to.equal(true);
      expect(helperFetched(page), 'the print helper, on printing').to.equal(true);
      page.window.dispatchEvent(new Event('afterprint'));
      expect(element.hasAttribute('data-safe-printing'), 'the page is put back').to.equal(false);
    });

    it(`${tag}: with the print helper missing, Print still prints`, async () => {
      const { element, printed } = await drawn(`tag=${tag}&${settings}&kit=broken/print-404`);
      const print = await waitFor(() => element.shadowRoot?.querySelector<HTMLButtonElement>(`[part="${button}"]`), `${tag}'s print button`, 15000);
      print.click();
      await waitFor(() => printed() === 1, 'the print dialog');
      expect(element.hasAttribute('data-safe-printing')).to.equal(false);
    });
  }
});
