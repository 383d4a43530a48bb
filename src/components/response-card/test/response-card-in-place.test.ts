/**
 * What a reader does changes the card in place: an answer, Back or the short form's toggle changes only the nodes
 * it concerns, so the reader's focus and their place on the page are kept, and a screen reader's live region is
 * the same element throughout. A changed setting draws the card again, at the reader's place in the questions.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { card, squash } from './helpers.ts';

type Card = Awaited<ReturnType<typeof card>>;
const find = (e: Card, selector: string) => e.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('safe-response-card: what a reader does changes the card in place', () => {
  afterEach(() => document.querySelectorAll('safe-response-card').forEach((e) => e.remove()));

  it('an answer and Back change the step, not the card around it nor its live region', async () => {
    const element = await card({ audience: 'staff', variant: 'short', 'dsl-name': 'Ms A Example' });
    const kept = ['[part="flow"]', '[part="announcement"]', '#flow-title', '[part="key-points"]', '[part="dsl"]', '[part="toggle"]', '#full'].map((s) => [s, find(element, s)] as const);
    find(element, '[data-answer="no"]').click();
    await element.updateComplete;
    find(element, '[part="back"]').click();
    await element.updateComplete;
    for (const [selector, node] of kept) expect(find(element, selector), `${selector} is the same node`).to.equal(node);
    expect(squash(find(element, '[part="announcement"]').textContent)).to.match(/^Back\. Question 1: /);
    expect(element.shadowRoot!.activeElement?.id).to.equal('step-heading');
  });

  it("the short form's toggle keeps the keyboard's focus on itself, open and closed", async () => {
    const element = await card({ audience: 'parents', variant: 'short' });
    const toggle = find(element, '[part="toggle"]');
    const full = find(element, '#full');
    toggle.focus();
    for (const expanded of ['true', 'false']) {
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(find(element, '[part="toggle"]'), 'the same button').to.equal(toggle);
      expect(find(element, '#full'), 'the same full card').to.equal(full);
      expect(element.shadowRoot!.activeElement, 'focus stays on the button').to.equal(toggle);
      expect(toggle.getAttribute('aria-expanded')).to.equal(expanded);
      expect(full.hidden).to.equal(expanded === 'false');
    }
  });

  it("a changed setting draws the card again, at the reader's place in the questions and with the full card as it was", async () => {
    const element = await card({ audience: 'staff', variant: 'short' });
    find(element, '[data-answer="no"]').click();
    find(element, '[part="toggle"]').click();
    await element.updateComplete;
    const question = find(element, '[data-question]').dataset.question;
    const flow = find(element, '[part="flow"]');
    element.setAttribute('dsl-name', 'Mr B Example');
    await element.updateComplete;
    expect(find(element, '[part="flow"]'), 'drawn again').to.not.equal(flow);
    expect(squash(find(element, '[part="dsl"]').textContent)).to.contain('Mr B Example');
    expect(find(element, '[data-question]').dataset.question).to.equal(question);
    expect(element.shadowRoot!.querySelectorAll('.answered li').length).to.equal(1);
    expect(find(element, '[part="toggle"]').getAttribute('aria-expanded')).to.equal('true');
    expect(find(element, '#full').hidden).to.equal(false);
  });
});
