/**
 * What a family has typed and ticked stays as they left it while they work: the agreement is drawn once, and what
 * they choose (or a page's script sets) changes only what depends on it, never the field under their fingers.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { content } from '../../../../test/helpers/kit.ts';
import type { AgreementGroup } from '../../../content/types.ts';
import { agreement, checkboxes, input, printedItems, radio, taggedFor, tickedKeys } from './agreement-helpers.ts';

describe('safe-family-agreement while the family works', () => {
  let groups: AgreementGroup[];
  before(async () => {
    groups = await content('agreement');
  });
  afterEach(() => document.querySelectorAll('safe-family-agreement, .page-around').forEach((e) => e.remove()));

  it('a new age or device, chosen or set by the page, keeps the field being typed in, its focus and its text', async () => {
    const element = await agreement({ age: '8-11' });
    const field = input(element, 'own-child');
    field.focus();
    await sendKeys({ type: 'I will feed the cat' });
    element.setAttribute('age', '12-15');
    element.setAttribute('device', 'tablet');
    await element.updateComplete;
    expect(input(element, 'own-child') === field, 'the same field').to.equal(true);
    expect(element.shadowRoot!.activeElement === field, 'still focused').to.equal(true);
    await sendKeys({ type: ' first.' });
    expect(field.value).to.equal('I will feed the cat first.');
    expect(tickedKeys(element)).to.deep.equal(taggedFor(groups, '12-15').map((p) => p.key).sort());
    expect(radio(element, 'age', '12-15').checked && radio(element, 'device', 'tablet').checked, 'the radios follow').to.equal(true);
    expect(element.shadowRoot!.querySelector('[part="form"]')!.textContent).to.contain('tablet');
    expect(printedItems(element, 'child').at(-1)).to.equal('I will feed the cat first.');
  });

  it('ticking a promise by hand leaves every other tick box, and the fields, as they were', async () => {
    const element = await agreement({ age: '8-11' });
    const boxes = checkboxes(element);
    const name = input(element, 'child-name');
    boxes.find((c) => !c.checked)!.click();
    await element.updateComplete;
    expect(checkboxes(element).every((c, i) => c === boxes[i]), 'the same tick boxes').to.equal(true);
    expect(input(element, 'child-name') === name).to.equal(true);
  });

  it('a change of heading level draws it again with nothing lost: ticks by hand, names, own promises and the date', async () => {
    const element = await agreement({ age: '8-11' });
    checkboxes(element).find((c) => !c.checked)!.click();
    const ticked = tickedKeys(element);
    const write = (id: string, text: string) => {
      const field = input(element, id);
      field.value = text;
      field.dispatchEvent(new Event('input'));
    };
    write('child-name', 'Sam');
    write('parent-1', 'Alex');
    write('own-parent', 'We will play one game together each week.');
    write('date', '2027-01-03');
    element.setAttribute('heading-level', '3');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(tickedKeys(element)).to.deep.equal(ticked);
    expect(['child-name', 'parent-1', 'own-parent', 'date'].map((id) => input(element, id).value)).to.deep.equal([
      'Sam',
      'Alex',
      'We will play one game together each week.',
      '2027-01-03',
    ]);
    expect(element.shadowRoot!.querySelector('.print-date')!.textContent).to.contain('3 January 2027');
  });

  it('moved on the page (by a school page’s script), it keeps its fields and what was typed in them', async () => {
    const element = await agreement();
    const field = input(element, 'child-name');
    field.focus();
    await sendKeys({ type: 'Sam' });
    const around = document.createElement('div');
    around.className = 'page-around';
    document.body.append(around);
    around.append(element);
    await element.updateComplete;
    expect(input(element, 'child-name') === field, 'the same field').to.equal(true);
    field.focus();
    await sendKeys({ type: 'my' });
    expect(field.value).to.equal('Sammy');
    expect(element.shadowRoot!.querySelector('[part="printout"]')!.textContent).to.contain('Sammy’s promises');
  });

  it('a device it does not know, even a name every object has, is a phone', async () => {
    const element = await agreement({ device: 'constructor' });
    expect(radio(element, 'device', 'phone').checked).to.equal(true);
    expect(element.shadowRoot!.querySelector('.intro')!.textContent).to.contain('their first phone.');
  });
});
