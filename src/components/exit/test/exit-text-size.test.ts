/** On a 320 px phone with the reader's text doubled: see test/helpers/phone.ts for what is checked. */
import { expect } from '@esm-bundle/chai';
import { loadKit, place, rendered } from '../../../../test/helpers/kit.ts';
import { desktopAgain, expectFitsThePhone, phoneWithDoubledText } from '../../../../test/helpers/phone.ts';

describe('safe-exit on a 320 px phone at 200% text', () => {
  before(() => phoneWithDoubledText());
  after(() => desktopAgain());

  it('nothing overflows or is cut off, and the button is at least 44×44 px', async () => {
    await loadKit();
    const element = place('safe-exit');
    await rendered(element, '[part="button"]');
    expect(expectFitsThePhone(element)).to.equal(1);
    element.remove();
  });
});
