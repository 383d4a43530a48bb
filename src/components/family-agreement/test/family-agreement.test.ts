import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { content, loadKit, place, shadowAll } from '../../../../test/helpers/kit.ts';
import { expectNoAxeViolations } from '../../../../test/helpers/axe.ts';
import type { AgreementGroup, Service } from '../../../content/types.ts';
import { AGE_BANDS } from '../../../content/age-bands.ts';
import { agreement, allPromises, checkboxes, printedItems, radio, statusText, taggedFor, textOf, tickedKeys } from './agreement-helpers.ts';

describe('safe-family-agreement', () => {
  let groups: AgreementGroup[];
  let services: Service[];
  before(async () => {
    groups = await content('agreement');
    services = await content('services');
  });
  afterEach(() => document.querySelectorAll('safe-family-agreement, button.start').forEach((e) => e.remove()));

  it('offers every promise in the content as a labelled tick box, in a fieldset per group with the group title as legend', async () => {
    const element = await agreement();
    expect(checkboxes(element).map((c) => c.dataset.promise)).to.deep.equal(allPromises(groups).map((p) => p.key));
    for (const box of checkboxes(element)) {
      const promise = allPromises(groups).find((p) => p.key === box.dataset.promise)!;
      expect(box.closest('label')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(textOf(promise.text));
    }
    for (const g of groups) {
      const fieldset = element.shadowRoot!.querySelector(`fieldset[data-group="${g.id}"]`)!;
      expect(fieldset.querySelector('legend')!.textContent).to.equal(g.title.replaceAll('{device}', 'phone'));
    }
  });

  it('has promises for the child and for the parent or carer, under their own headings', async () => {
    const element = await agreement();
    for (const who of ['child', 'parent'] as const) {
      const side = element.shadowRoot!.querySelector(`[data-side="${who}"]`)!;
      const keys = [...side.querySelectorAll<HTMLInputElement>('[data-promise]')].map((c) => c.dataset.promise);
      expect(keys.length).to.be.greaterThan(0);
      expect(keys).to.deep.equal(allPromises(groups).filter((p) => p.who === who).map((p) => p.key));
      expect(side.querySelector('[role="heading"]')!.textContent).to.match(who === 'child' ? /child/ : /parent or carer/);
    }
  });

  it('ticks nothing until an age is chosen', async () => {
    const element = await agreement();
    expect(tickedKeys(element)).to.deep.equal([]);
  });

  for (const band of AGE_BANDS) {
    it(`choosing "${band.label}" ticks exactly the promises the content tags ${band.id}, and says how many`, async () => {
      const element = await agreement();
      radio(element, 'age', band.id).click();
      await element.updateComplete;
      const expected = taggedFor(groups, band.id).map((p) => p.key).sort();
      expect(expected.length).to.be.greaterThan(0);
      expect(tickedKeys(element)).to.deep.equal(expected);
      expect(statusText(element)).to.equal(`${expected.length} promises chosen for ${band.phrase}`);
      expect(element.getAttribute('age')).to.equal(band.id);
    });
  }

  it('the age attribute preselects that band’s promises', async () => {
    const element = await agreement({ age: '12-15' });
    expect(tickedKeys(element)).to.deep.equal(taggedFor(groups, '12-15').map((p) => p.key).sort());
    expect(radio(element, 'age', '12-15').checked).to.equal(true);
  });

  it('ticking and unticking changes what is printed, and the count', async () => {
    const element = await agreement({ age: '8-11' });
    const [first] = taggedFor(groups, '8-11').filter((p) => p.who === 'child');
    const extra = allPromises(groups).find((p) => p.who === 'child' && !p.ages.includes('8-11'))!;
    checkboxes(element).find((c) => c.dataset.promise === first.key)!.click();
    checkboxes(element).find((c) => c.dataset.promise === extra.key)!.click();
    await element.updateComplete;
    const printed = printedItems(element, 'child');
    expect(printed).to.not.include(textOf(first.text));
    expect(printed).to.include(textOf(extra.text));
    const expected = taggedFor(groups, '8-11').filter((p) => p.who === 'child' && p.key !== first.key).concat(extra);
    expect(printed.slice().sort()).to.deep.equal(expected.map((p) => textOf(p.text)).sort());
    const count = element.shadowRoot!.querySelector<HTMLElement>('[data-count]')!.dataset.count;
    expect(Number(count)).to.equal(taggedFor(groups, '8-11').length);
  });

  it('choosing another age replaces the ticks with that age’s suggestions', async () => {
    const element = await agreement({ age: '8-11' });
    checkboxes(element).find((c) => c.checked)!.click();
    radio(element, 'age', 'under-8').click();
    await element.updateComplete;
    expect(tickedKeys(element)).to.deep.equal(taggedFor(groups, 'under-8').map((p) => p.key).sort());
  });

  it('puts the chosen device into the promises and titles', async () => {
    const element = await agreement({ device: 'tablet' });
    const text = element.shadowRoot!.querySelector('[part="form"]')!.textContent!;
    expect(text).to.not.contain('{device}');
    const withDevice = groups.filter((g) => g.title.includes('{device}'));
    expect(withDevice.length).to.be.greaterThan(0);
    for (const g of withDevice) expect(text).to.contain(g.title.replaceAll('{device}', 'tablet'));
    radio(element, 'device', 'console').click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="form"]')!.textContent).to.contain(withDevice[0].title.replaceAll('{device}', 'games console'));
  });

  it('shows the help services a group names, with their numbers from content/services/ as tap-to-call links', async () => {
    const element = await agreement();
    const named = groups.flatMap((g) => g.contacts.map((c) => ({ group: g.id, id: c.id })));
    expect(named.length).to.be.greaterThan(0);
    for (const { group, id } of named) {
      const service = services.find((s) => s.id === id)!;
      const line = element.shadowRoot!.querySelector(`[data-group="${group}"] [data-contact="${id}"]`)!;
      expect(line.textContent).to.contain(service.name);
      const hrefs = [...line.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      if (service.phones[0]) expect(hrefs).to.include(`tel:${service.phones[0].number.replace(/\s/g, '')}`);
      if (service.url) expect(hrefs).to.include(service.url);
    }
  });

  it('can be filled in by keyboard alone: Tab reaches every control in order, arrows choose the age, Space ticks', async () => {
    const element = await agreement({ age: '8-11' });
    const start = document.createElement('button');
    start.className = 'start';
    start.textContent = 'start';
    element.before(start);
    start.focus();
    const root = element.shadowRoot!;
    // A radio group is one Tab stop, at its chosen radio.
    const stops = shadowAll(element, 'input, textarea, button, a[href]').filter(
      (e) => !(e instanceof HTMLInputElement && e.type === 'radio' && !e.checked),
    );
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement === radio(element, 'age', '8-11'), 'Tab first reaches the chosen age').to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(radio(element, 'age', '12-15').checked).to.equal(true);
    expect(statusText(element)).to.equal(`${taggedFor(groups, '12-15').length} promises chosen for ages 12 to 15`);
    expect(root.activeElement === radio(element, 'age', '12-15')).to.equal(true);
    for (const stop of stops.slice(1)) {
      await sendKeys({ press: 'Tab' });
      // A date field takes one Tab for each of its day, month and year.
      for (let i = 0; i < 4 && root.activeElement?.getAttribute('type') === 'date' && root.activeElement !== stop; i++) await sendKeys({ press: 'Tab' });
      const label = stop.getAttribute('data-promise') ?? stop.id ?? stop.textContent;
      expect(root.activeElement === stop, `Tab should reach ${stop.localName} ${label}`).to.equal(true);
      if (stop instanceof HTMLInputElement && stop.type === 'checkbox' && stop === stops.find((s) => (s as HTMLInputElement).type === 'checkbox')) {
        const before = stop.checked;
        await sendKeys({ press: ' ' });
        await element.updateComplete;
        expect(stop.checked).to.equal(!before);
        expect(getComputedStyle(stop).boxShadow).to.contain('rgb(255, 221, 0)');
      }
    }
    expect(root.activeElement?.getAttribute('part')).to.equal('print-button');
  });

  it('gives every tick box and radio a tap target at least 44px tall', async () => {
    const element = await agreement();
    for (const label of shadowAll(element, 'label.choice')) expect(label.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('reflows to a 320px-wide column (a phone, or 400% zoom) without scrolling sideways', async () => {
    const element = await agreement({ age: '8-11' });
    element.style.width = '320px';
    await element.updateComplete;
    const kit = element.shadowRoot!.querySelector('.kit')!;
    expect(kit.scrollWidth, 'content wider than the column').to.be.at.most(kit.clientWidth);
    for (const field of shadowAll(element, 'input[type="text"], textarea, button')) {
      expect(field.getBoundingClientRect().right, field.id || field.textContent!).to.be.at.most(element.getBoundingClientRect().right);
    }
  });

  it('has no accessibility violations (axe), before and after choosing an age', async () => {
    const element = await agreement();
    await expectNoAxeViolations(element);
    radio(element, 'age', '8-11').click();
    await element.updateComplete;
    await expectNoAxeViolations(element);
  });

  it('sets its heading level from heading-level, with the promise sections one level below', async () => {
    const element = await agreement({ 'heading-level': '3' });
    expect(element.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    const levels = shadowAll(element, '.side-title').map((h) => h.getAttribute('aria-level'));
    expect(levels).to.deep.equal(['4', '4']);
  });

  it('is never blank: its first render has the heading and help links, before the promises arrive', async () => {
    await loadKit();
    const element = place('safe-family-agreement');
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('[part="heading"]')!.textContent).to.not.equal('');
    const shown = root.querySelectorAll('[data-promise], [part="essential-help"] a').length;
    expect(shown, 'promises or essential help links').to.be.greaterThan(0);
  });
});
