/**
 * "Print this card" inside a school's page: the printed PDF (Chromium's own print to A4) holds the card alone, on
 * one page. Firefox cannot print to PDF for a test: these run in Chromium and say so in Firefox.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { loadKit, rendered, waitFor } from '../../../../test/helpers/kit.ts';
import { schoolPage } from '../../../../test/helpers/school-page.ts';

async function printedPages(test: Mocha.Context): Promise<number> {
  const pages = (await executeServerCommand('print-pages')) as number | false;
  if (pages === false) test.skip();
  return pages as number;
}

describe('safe-response-card printed from a school page', () => {
  let page: ReturnType<typeof schoolPage>;
  const print = window.print;
  beforeEach(() => {
    page = schoolPage();
    window.print = () => undefined;
  });
  afterEach(() => {
    window.dispatchEvent(new Event('afterprint'));
    window.print = print;
    document.querySelectorAll('safe-response-card').forEach((e) => e.remove());
    page.remove();
  });

  async function cardInThePage(attributes: Record<string, string>) {
    await loadKit();
    const element = document.createElement('safe-response-card');
    for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
    page.main.insertBefore(element, page.main.children[8]);
    await rendered(element, '.full');
    return element;
  }

  it('the school page printed whole runs to several pages (the page is realistic)', async function () {
    await cardInThePage({ audience: 'staff' });
    expect(await printedPages(this)).to.be.at.least(3);
  });

  for (const [audience, variant] of [['staff', 'full'], ['staff', 'short'], ['parents', 'full'], ['parents', 'short']]) {
    it(`${audience}, ${variant}: "Print this card" prints the card alone, on one A4 page, and the page comes back`, async function () {
      const element = await cardInThePage({ audience, variant, 'dsl-name': 'Ms A Patel', 'dsl-phone': '01234 567890', 'dsl-email': 'dsl@oakfield.example' });
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part="print"]')!.click();
      // The helper that prints it alone is fetched on the first print.
      await waitFor(() => element.hasAttribute('data-safe-printing'), 'the card to be set to print alone');
      expect(await printedPages(this)).to.equal(1);
      window.dispatchEvent(new Event('afterprint'));
      expect(element.hasAttribute('data-safe-printing')).to.equal(false);
      expect(await printedPages(this), 'after printing, the page prints whole again').to.be.at.least(3);
    });
  }
});
