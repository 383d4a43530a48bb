/** On a 320 px phone with the reader's text doubled: see test/helpers/phone.ts for what is checked. */
import { expect } from '@esm-bundle/chai';
import { loadKit, place, rendered } from '../../../../test/helpers/kit.ts';
import { desktopAgain, expectFitsThePhone, phoneWithDoubledText } from '../../../../test/helpers/phone.ts';

describe('safe-alerts on a 320 px phone at 200% text', () => {
  before(() => phoneWithDoubledText());
  after(() => desktopAgain());

  for (const audience of ['parents', 'staff']) {
    it(`for ${audience}: nothing overflows or is cut off, and every target is at least 44×44 px`, async () => {
      await loadKit();
      const element = place('safe-alerts', { audience });
      await rendered(element, '[part="status"]:not(:empty)');
      expect(expectFitsThePhone(element)).to.be.greaterThan(0);
      element.remove();
    });
  }
});
