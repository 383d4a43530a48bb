/** On a 320 px phone with the reader's text doubled: see test/helpers/phone.ts for what is checked. */
import { expect } from '@esm-bundle/chai';
import { loadKit, place, rendered } from '../../../../test/helpers/kit.ts';
import { desktopAgain, expectFitsThePhone, phoneWithDoubledText } from '../../../../test/helpers/phone.ts';
import { expectExitInViewAtTheEnd } from '../../../../test/helpers/phone.ts';

describe("safe-child-plan on a 320 px phone at 200% text", () => {
  before(() => phoneWithDoubledText());
  after(() => desktopAgain());
  afterEach(() => document.querySelectorAll('safe-child-plan').forEach((e) => e.remove()));

  for (const version of ['older', 'younger']) {
    it(`${version}: nothing overflows or is cut off, every target is at least 44×44 px, the exit is on screen at the end`, async () => {
      await loadKit();
      const element = place('safe-child-plan', { version });
      await rendered(element, '[part="step"]');
      expect(expectFitsThePhone(element)).to.be.greaterThan(3);
      await expectExitInViewAtTheEnd(element);
    });
  }
});
