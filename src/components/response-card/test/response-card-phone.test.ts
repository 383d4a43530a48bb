/** On a 320 px phone with the reader's text doubled: see test/helpers/phone.ts for what is checked. */
import { expect } from '@esm-bundle/chai';
import { loadKit, place, rendered } from '../../../../test/helpers/kit.ts';
import { desktopAgain, expectFitsThePhone, phoneWithDoubledText } from '../../../../test/helpers/phone.ts';

describe('safe-response-card on a 320 px phone at 200% text', () => {
  before(() => phoneWithDoubledText());
  after(() => desktopAgain());
  afterEach(() => document.querySelectorAll('safe-response-card').forEach((e) => e.remove()));

  for (const audience of ['staff', 'parents']) {
    for (const variant of ['full', 'short']) {
      it(`${audience}, ${variant}: nothing overflows or is cut off, and every target is at least 44×44 px`, async () => {
        await loadKit();
        const element = place('safe-response-card', { audience, variant, 'dsl-name': 'Ms A Patel-Whitfield', 'dsl-phone': '01234 567890', 'dsl-email': 'safeguarding.lead@example-primary-school.sch.uk' });
        await rendered(element, '.full');
        const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]');
        if (toggle) {
          toggle.click();
          await element.updateComplete;
        }
        expect(expectFitsThePhone(element)).to.be.greaterThan(3);
      });
    }
  }
});
