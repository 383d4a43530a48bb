/** On a 320 px phone with the reader's text doubled: see test/helpers/phone.ts for what is checked. */
import { expect } from '@esm-bundle/chai';
import { loadKit, place, rendered } from '../../../../test/helpers/kit.ts';
import { desktopAgain, expectFitsThePhone, phoneWithDoubledText } from '../../../../test/helpers/phone.ts';

describe('safe-family-agreement on a 320 px phone at 200% text', () => {
  before(() => phoneWithDoubledText());
  after(() => desktopAgain());

  it('nothing overflows or is cut off, and every target (tick boxes and their labels included) is at least 44×44 px', async () => {
    await loadKit();
    const element = place('safe-family-agreement', { today: '2026-11-25' });
    await rendered(element, '[data-promise]');
    expect(expectFitsThePhone(element)).to.be.greaterThan(5);
    element.remove();
  });
});
