/**
 * The agreement printed from inside a school's page: Chromium's own print to A4 gives the page count. The
 * signatures stay with the last promises, and an empty agreement says so. Firefox cannot print to PDF for a test
 * (and cannot emulate print media): these run in Chromium and say so in Firefox.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { shadowAll, waitFor } from '../../../../test/helpers/kit.ts';
import { schoolPage } from '../../../../test/helpers/school-page.ts';
import { agreement, checkboxes, input } from './agreement-helpers.ts';

async function printedPages(test: Mocha.Context): Promise<number> {
  const pages = (await executeServerCommand('print-pages')) as number | false;
  if (pages === false) test.skip();
  return pages as number;
}

function write(element: Element, id: string, text: string) {
  const box = input(element, id);
  box.value = text;
  box.dispatchEvent(new Event('input'));
}

describe('safe-family-agreement printed from a school page', () => {
  let page: ReturnType<typeof schoolPage>;
  const print = window.print;
  beforeEach(() => {
    page = schoolPage();
    window.print = () => undefined;
  });
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    window.print = print;
    await emulateMedia({ media: 'screen' }).catch(() => undefined);
    document.querySelectorAll('safe-family-agreement').forEach((e) => e.remove());
    page.remove();
  });

  async function inThePage(attributes: Record<string, string>) {
    const element = await agreement(attributes);
    page.main.insertBefore(element, page.main.children[6]);
    await element.updateComplete;
    return element;
  }

  const printButton = (element: Element) => element.shadowRoot!.querySelector<HTMLButtonElement>('[part="print-button"]')!;
  /** The helper that prints it alone is fetched on the first print: wait until it has set the agreement apart. */
  const printingAlone = (element: Element) => waitFor(() => element.hasAttribute('data-safe-printing'), 'the agreement to be set to print alone');

  for (const age of ['16-plus', '8-11']) {
    it(`for ${age}, filled in: "Print or save as PDF" prints the agreement alone, on one A4 page`, async function () {
      const element = await inThePage({ age });
      write(element, 'child-name', 'Sam');
      write(element, 'parent-1', 'Alex');
      write(element, 'own-child', 'I will feed the cat before I play games.\nI will charge it in the hall.');
      await element.updateComplete;
      expect(await printedPages(this), 'the school page printed whole').to.be.at.least(3);
      printButton(element).click();
      await printingAlone(element);
      expect(await printedPages(this)).to.equal(1);
    });
  }

  it('a long agreement keeps the signatures with the last promises: one unbroken block at the end', async function () {
    const element = await inThePage({ age: '12-15' });
    const many = Array.from({ length: 30 }, (_, i) => `Our own promise number ${i + 1}, written out in full so that it takes a line.`).join('\n');
    write(element, 'own-child', many);
    await element.updateComplete;
    printButton(element).click();
    await printingAlone(element);
    expect(await printedPages(this), 'long enough to need two pages').to.equal(2);
    // Without the block the signatures would fit on page 1's leftovers or fall alone on page 2; with it, page 2
    // holds the parent's promises, the signatures and the date together.
    await emulateMedia({ media: 'print' });
    const end = element.shadowRoot!.querySelector('.print-end')!;
    expect(getComputedStyle(end).breakInside).to.equal('avoid');
    expect(end.querySelector('[data-print="parent"] .print-list li, [data-print="parent"] .print-none'), 'the last promises').to.exist;
    expect(end.querySelectorAll('.signature').length).to.be.at.least(2);
  });

  it('an empty agreement says so on paper, rather than printing a blank list to sign', async function () {
    const element = await inThePage({ age: '8-11' });
    for (const box of checkboxes(element).filter((c) => c.checked)) box.click();
    await element.updateComplete;
    expect(checkboxes(element).some((c) => c.checked)).to.equal(false);
    printButton(element).click();
    await printingAlone(element);
    try {
      await emulateMedia({ media: 'print' });
    } catch (e) {
      if (/CDP/.test(String(e))) this.skip();
      throw e;
    }
    const empty = element.shadowRoot!.querySelector('[part="print-empty"]');
    expect(empty && empty.getClientRects().length > 0, 'the word about an empty agreement is printed').to.equal(true);
    expect(empty!.textContent).to.contain('No promises have been chosen yet');
    // And a chosen promise takes it away.
    await emulateMedia({ media: 'screen' });
    checkboxes(element)[0].click();
    await element.updateComplete;
    expect(shadowAll(element, '[part="print-empty"]')).to.deep.equal([]);
  });
});
