/** On a 320 px phone with the reader's text doubled: see test/helpers/phone.ts for what is checked. */
import { expect } from '@esm-bundle/chai';
import { loadKit, place, rendered } from '../../../../test/helpers/kit.ts';
import { desktopAgain, expectFitsThePhone, phoneWithDoubledText } from '../../../../test/helpers/phone.ts';

describe('safe-guides on a 320 px phone at 200% text', () => {
  before(() => phoneWithDoubledText());
  after(() => desktopAgain());
  afterEach(() => document.querySelectorAll('safe-guides').forEach((e) => e.remove()));

  it('the index, with its search box and type menu: nothing overflows or is cut off, every target at least 44×44 px', async () => {
    await loadKit();
    const element = place('safe-guides');
    await rendered(element, '.card');
    expect(element.shadowRoot!.querySelector('select'), 'the type menu').to.exist;
    expect(element.shadowRoot!.querySelector('input[type="search"], input'), 'the search box').to.exist;
    expect(expectFitsThePhone(element)).to.be.greaterThan(5);
  });

  it('an opened guide: the same', async () => {
    await loadKit();
    const element = place('safe-guides');
    await rendered(element, '.card');
    location.hash = '';
    element.shadowRoot!.querySelector<HTMLElement>('.card a, .card button')!.click();
    await rendered(element, '.steps ol');
    expect(expectFitsThePhone(element)).to.be.greaterThan(1);
    history.replaceState(null, '', location.pathname + location.search);
  });
});
