/** On a 320 px phone with the reader's text doubled: see test/helpers/phone.ts for what is checked. */
import { expect } from '@esm-bundle/chai';
import { loadKit, place, rendered } from '../../../../test/helpers/kit.ts';
import { desktopAgain, expectFitsThePhone, phoneWithDoubledText } from '../../../../test/helpers/phone.ts';
import { expectExitInViewAtTheEnd } from '../../../../test/helpers/phone.ts';

describe('safe-help-links on a 320 px phone at 200% text', () => {
  before(() => phoneWithDoubledText());
  after(() => desktopAgain());
  afterEach(() => document.querySelectorAll('safe-help-links').forEach((e) => e.remove()));

  for (const audience of ['parents', 'children', 'staff']) {
    it(`for ${audience}: nothing overflows or is cut off, and every target (999 too) is at least 44×44 px`, async () => {
      await loadKit();
      const element = place('safe-help-links', { audience });
      await rendered(element, '[data-service]');
      // A children's panel fetches its quick exit beside its content: the drawn panel has both.
      if (audience === 'children') await rendered(element.shadowRoot!.querySelector('safe-exit')!, '[part="button"]');
      expect(expectFitsThePhone(element)).to.be.greaterThan(5);
    });
  }

  it('for parents, with each worry open in turn and the full list open: the same', async () => {
    await loadKit();
    const element = place('safe-help-links', { audience: 'parents' });
    await rendered(element, '[data-topic]');
    const details = [...element.shadowRoot!.querySelectorAll('details')];
    expect(details.length).to.be.greaterThan(5);
    for (const d of details) {
      d.open = true;
      expectFitsThePhone(element);
    }
  });

  it("for children: the quick exit is on screen at the panel's end", async () => {
    await loadKit();
    const element = place('safe-help-links', { audience: 'children' });
    await rendered(element, '[data-service]');
    await rendered(element.shadowRoot!.querySelector('safe-exit')!, '[part="button"]');
    await expectExitInViewAtTheEnd(element);
  });
});
