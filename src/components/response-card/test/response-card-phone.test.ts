/** On a 320 px phone with the reader's text doubled: see test/helpers/phone.ts for what is checked. */
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
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

describe('safe-response-card leads with its questions on a phone', () => {
  before(() => setViewport({ width: 375, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => document.querySelectorAll('safe-response-card').forEach((e) => e.remove()));

  for (const audience of ['staff', 'parents']) {
    for (const variant of ['full', 'short']) {
      it(`${audience}, ${variant}: the first question and its answers are on a 375×740 screen without scrolling`, async () => {
        await loadKit();
        const element = place('safe-response-card', { audience, variant, 'dsl-name': 'Ms A Patel', 'dsl-phone': '01234 567890' });
        document.body.prepend(element);
        scrollTo(0, 0);
        const question = (await rendered(element, '[part="question"]')) as HTMLElement;
        const answers = [...question.querySelectorAll<HTMLElement>('[part="answer"], button')];
        expect(answers.length, 'answer buttons').to.be.at.least(2);
        for (const el of [question.querySelector<HTMLElement>('#step-heading') ?? question, ...answers]) {
          const box = el.getBoundingClientRect();
          expect(el.checkVisibility() && box.height > 0, `${el.textContent!.trim()} is shown`).to.equal(true);
          expect(box.top, el.textContent!.trim()).to.be.at.least(0);
          expect(box.bottom, el.textContent!.trim()).to.be.at.most(740);
        }
        // The reference text follows the questions.
        const flow = element.shadowRoot!.querySelector('[part="flow"]')!;
        const advice = element.shadowRoot!.querySelector('.advice')!;
        expect(flow.compareDocumentPosition(advice) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      });
    }
  }
});
