/**
 * The printed agreement (with emulated print media), and the promise that nothing typed is stored or sent.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { content, shadowAll, waitFor } from '../../../../test/helpers/kit.ts';
import type { AgreementGroup } from '../../../content/types.ts';
import { AGE_BANDS } from '../../../content/age-bands.ts';
import { agreement, input, printedItems, radio, taggedFor, textOf } from './agreement-helpers.ts';

/** The printable width and height of an A4 page with the 15mm margins the agreement asks for, at 96 dpi. */
const mm = (n: number) => (n * 96) / 25.4;
const A4_WIDTH = mm(210 - 30);
const A4_HEIGHT = mm(297 - 30);

const shown = (e: Element) => e.getClientRects().length > 0;

let emulating = false;

/**
 * Switches the page to print media. Firefox, driven over WebDriver BiDi, cannot emulate print media yet: there
 * the test is skipped (reported as skipped, never passed), and these tests run in Chromium.
 */
async function printMedia(test: Mocha.Context) {
  try {
    await emulateMedia({ media: 'print' });
    emulating = true;
  } catch (e) {
    if (/CDP support is required/.test(String(e))) test.skip();
    throw e;
  }
}

async function type(element: Element, id: string, ...text: string[]) {
  input(element, id).focus();
  for (const [i, line] of text.entries()) {
    if (i > 0) await sendKeys({ press: 'Enter' });
    await sendKeys({ type: line });
  }
}

/** Fills in the form as a family would: names, one promise of their own each. */
async function fillIn(element: Element) {
  await type(element, 'child-name', 'Sam');
  await type(element, 'parent-1', 'Alex');
  await type(element, 'parent-2', 'Jo');
  await type(element, 'own-child', 'I will feed the cat before I play games.', 'I will charge it in the hall.');
  await type(element, 'own-parent', 'We will play one game together each week.');
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('safe-family-agreement in print', () => {
  let groups: AgreementGroup[];
  let print: typeof window.print;
  let printed: number;
  before(async () => {
    groups = await content('agreement');
    print = window.print;
  });
  beforeEach(() => {
    printed = 0;
    window.print = () => void printed++;
  });
  afterEach(async () => {
    if (emulating) await emulateMedia({ media: 'screen' });
    emulating = false;
    window.dispatchEvent(new Event('afterprint'));
    window.print = print;
    document.querySelectorAll('safe-family-agreement, .page-around').forEach((e) => e.remove());
  });

  it('shows the chosen promises, the family’s own, the names, the date and signature lines, and hides every control', async function () {
    const element = await agreement({ age: '8-11' });
    await fillIn(element);
    await printMedia(this);
    const printout = element.shadowRoot!.querySelector('[part="printout"]')!;
    expect(shown(printout)).to.equal(true);
    expect(shadowAll(element, 'input, textarea, button, select, label, legend').filter(shown).length, 'controls shown in print').to.equal(0);
    const text = printout.textContent!.replace(/\s+/g, ' ');
    for (const who of ['child', 'parent'] as const) {
      const chosen = taggedFor(groups, '8-11').filter((p) => p.who === who).map((p) => textOf(p.text));
      expect(printedItems(element, who).slice(0, chosen.length)).to.deep.equal(chosen);
    }
    expect(printedItems(element, 'child').slice(-2)).to.deep.equal(['I will feed the cat before I play games.', 'I will charge it in the hall.']);
    expect(printedItems(element, 'parent').at(-1)).to.equal('We will play one game together each week.');
    expect(text).to.contain('Sam’s promises');
    expect(text).to.contain('Alex and Jo’s promises');
    expect(text).to.contain('Date: 25 November 2026');
    const signatures = shadowAll(element, '.signature');
    expect(signatures.map((s) => s.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Signed: Sam', 'Signed: Alex', 'Signed: Jo']);
    for (const line of shadowAll(element, '.sign-line')) {
      expect(line.getBoundingClientRect().width).to.be.greaterThan(100);
      expect(getComputedStyle(line).borderBottomStyle).to.equal('solid');
    }
  });

  for (const [value, word] of [['phone', 'phone'], ['tablet', 'tablet'], ['console', 'games console']] as const) {
    it(`prints the device the reader chose: a ${word}`, async () => {
      const element = await agreement({ age: '12-15', device: value === 'phone' ? 'tablet' : 'phone' });
      radio(element, 'device', value).click();
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const printout = element.shadowRoot!.querySelector('[part="printout"]')!.textContent!.replace(/\s+/g, ' ');
      let withDevice = 0;
      for (const who of ['child', 'parent'] as const) {
        const chosen = taggedFor(groups, '12-15').filter((p) => p.who === who);
        expect(printedItems(element, who).slice(0, chosen.length)).to.deep.equal(chosen.map((p) => textOf(p.text, word)));
        withDevice += chosen.filter((p) => JSON.stringify(p.text).includes('{device}')).length;
      }
      expect(withDevice, 'printed promises that name the device').to.be.greaterThan(0);
      expect(printout).to.contain(`For our child’s ${word}.`);
    });
  }

  it('is not shown on screen', async () => {
    const element = await agreement({ age: '8-11' });
    expect(shown(element.shadowRoot!.querySelector('[part="printout"]')!)).to.equal(false);
  });

  it('prints a typed date, and a line to write one on when the date is cleared', async () => {
    const element = await agreement({ age: '8-11' });
    const date = input(element, 'date') as HTMLInputElement;
    expect(date.value).to.equal('2026-11-25');
    date.value = '2027-01-03';
    date.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.print-date')!.textContent).to.contain('3 January 2027');
    date.value = '';
    date.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.print-date .date-line')).to.not.equal(null);
  });

  for (const band of AGE_BANDS) {
    it(`fits one A4 page with ${band.label}’s promises, names and some of the family’s own`, async function () {
      const page = document.createElement('div');
      page.className = 'page-around';
      page.style.width = `${A4_WIDTH}px`;
      document.body.append(page);
      const element = await agreement({ age: band.id });
      page.append(element);
      await fillIn(element);
      await printMedia(this);
      const height = element.getBoundingClientRect().height;
      expect(height).to.be.greaterThan(mm(100));
      expect(height, `${Math.round(height)}px of ${Math.round(A4_HEIGHT)}px`).to.be.at.most(A4_HEIGHT);
    });
  }

  it('the print button prints the agreement on its own, and puts the page back afterwards', async function () {
    const around = document.createElement('p');
    around.className = 'page-around';
    around.textContent = 'The school’s own page';
    document.body.append(around);
    const element = await agreement({ age: '8-11' });
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="print-button"]')!.click();
    // The helper that prints it alone is fetched on the first print.
    await waitFor(() => printed === 1, 'the print dialog');
    await printMedia(this);
    expect(shown(around), 'the rest of the page is hidden in print').to.equal(false);
    expect(shown(element)).to.equal(true);
    expect(element.getBoundingClientRect().top).to.be.at.most(1);
    window.dispatchEvent(new Event('afterprint'));
    expect(shown(around), 'the page is back after printing').to.equal(true);
    expect(element.hasAttribute('data-safe-printing')).to.equal(false);
  });

  it('stores nothing and sends nothing: no storage, no cookie, no request after typing, choosing and printing', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const element = await agreement();
    const requests = () => performance.getEntriesByType('resource').map((e) => e.name);
    const before = requests();
    element.shadowRoot!.querySelector<HTMLInputElement>('input[name="age"][value="12-15"]')!.click();
    await fillIn(element);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="print-button"]')!.click();
    await waitFor(() => printed === 1, 'the print dialog');
    await element.updateComplete;
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
    // Only the kit's own print helper may be fetched (on a first print), with nothing in its address.
    const helper = /\/chunks\/print-alone-[\w-]+\.js$/;
    expect(requests().slice(before.length).filter((r) => !helper.test(r)), 'requests made after the agreement appeared').to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('form'), 'nothing to submit').to.equal(null);
    for (const field of shadowAll(element, 'input[type="text"], input[type="date"], textarea')) {
      expect(field.getAttribute('autocomplete'), `${field.id} is not remembered by the browser`).to.equal('off');
    }
  });
});
