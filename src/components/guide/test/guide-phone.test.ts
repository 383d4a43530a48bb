/** On a 320 px phone with the reader's text doubled: see test/helpers/phone.ts for what is checked. */
import { expect } from '@esm-bundle/chai';
import { loadKit, place, rendered } from '../../../../test/helpers/kit.ts';
import { desktopAgain, expectFitsThePhone, phoneWithDoubledText } from '../../../../test/helpers/phone.ts';

describe('safe-guide on a 320 px phone at 200% text', () => {
  before(() => phoneWithDoubledText());
  after(() => desktopAgain());

  for (const guide of ['tiktok', 'iphone-and-ipad']) {
    it(`${guide}: nothing overflows or is cut off, and every target is at least 44×44 px`, async () => {
      await loadKit();
      const element = place('safe-guide', { guide });
      await rendered(element, '.steps ol');
      expect(expectFitsThePhone(element)).to.be.greaterThan(0);
      element.remove();
    });
  }
});
