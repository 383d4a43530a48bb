import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { content, shadowAll, waitFor } from '../../../../test/helpers/kit.ts';
import { expectNoAxeViolations } from '../../../../test/helpers/axe.ts';
import type { ResponseCard } from '../../../content/types.ts';
import { allPaths, card, squash, text } from './helpers.ts';

type Card = Awaited<ReturnType<typeof card>>;

const root = (e: Card) => e.shadowRoot!;
const focusedId = (e: Card) => root(e).activeElement?.id ?? '';
const status = (e: Card) => squash(root(e).querySelector('[role="status"]')!.textContent);
const questionId = (e: Card) => root(e).querySelector<HTMLElement>('[data-question]')?.dataset.question;
const outcomeId = (e: Card) => root(e).querySelector<HTMLElement>('[data-outcome]')?.dataset.outcome;

async function press(e: Card, selector: string) {
  root(e).querySelector<HTMLButtonElement>(selector)!.click();
  await e.updateComplete;
}

/** Tabs forward until the focus is on `selector` in the card; fails if it never gets there. */
async function tabTo(e: Card, selector: string) {
  for (let i = 0; i < 80; i++) {
    if (root(e).activeElement?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('safe-response-card: "What should I do now?"', () => {
  let cards: ResponseCard[];
  before(async () => {
    cards = await content('response');
  });
  afterEach(() => document.querySelectorAll('safe-response-card').forEach((e) => e.remove()));

  for (const audience of ['staff', 'parents'] as const) {
    describe(`for ${audience}`, () => {
      const theCard = () => cards.find((c) => c.audience === audience)!;

      it('starts at the first question of the content, with no Back button yet', async () => {
        const element = await card({ audience });
        expect(questionId(element)).to.equal(theCard().flow.start);
        expect(root(element).querySelector('[part="back"]')).to.equal(null);
      });

      it('every path through the questions ends at its outcome, with something to do and someone to contact', async () => {
        const paths = allPaths(theCard());
        expect(paths.length).to.be.greaterThan(2);
        const element = await card({ audience, 'dsl-name': 'Ms A Example', 'dsl-phone': '01234 567890' });
        for (const path of paths) {
          const name = `${path.answers.join(', ')} → ${path.outcome}`;
          if (root(element).querySelector('[part="restart"]')) await press(element, '[part="restart"]');
          for (const [i, answer] of path.answers.entries()) {
            expect(questionId(element), name).to.equal(path.asked[i]);
            await press(element, `[data-answer="${answer}"]`);
            expect(focusedId(element), `${name}: focus moves to the new step`).to.equal('step-heading');
          }
          const outcome = theCard().flow.outcomes.find((o) => o.id === path.outcome)!;
          expect(outcomeId(element), name).to.equal(outcome.id);
          expect(status(element), `${name}: announced`).to.equal(`Your next step: ${outcome.title}`);
          const shownSteps = shadowAll(element, '[part="outcome"] .steps li').map((li) => squash(li.textContent));
          expect(shownSteps, name).to.deep.equal(outcome.steps.map((s) => squash(text(s))));
          const contacts = shadowAll(element, '[part="outcome"] [data-contact]');
          expect(contacts.map((c) => c.dataset.contact), name).to.deep.equal(outcome.contacts);
          for (const c of contacts) expect(c.querySelectorAll('a[href]').length, `${name}: ${c.dataset.contact} has a link`).to.be.greaterThan(0);
          // The answers so far are listed, so the reader can see how they got here.
          expect(shadowAll(element, '.answered li').length, name).to.equal(path.answers.length);
        }
      });

      it('offers "Not sure" at every question, leading to the safe course: tell the DSL or the school now, or 999', async () => {
        const element = await card({ audience });
        for (const question of theCard().flow.questions) {
          const path = allPaths(theCard()).find((p) => p.asked.at(-1) === question.id && p.answers.at(-1) === 'not-sure');
          expect(path, `a path ends with "Not sure" at ${question.id}`).to.not.equal(undefined);
          if (root(element).querySelector('[part="restart"]')) await press(element, '[part="restart"]');
          for (const answer of path!.answers) await press(element, `[data-answer="${answer}"]`);
          expect(shadowAll(element, '.answered li strong').at(-1)!.textContent).to.equal('Not sure');
          const outcome = root(element).querySelector('[part="outcome"]')!;
          const steps = squash(outcome.textContent);
          const safe = audience === 'staff' ? /tell the DSL now/i : /call 999|tell the school/i;
          expect(steps, `"Not sure" at ${question.id}`).to.match(safe);
          if (question.id === theCard().flow.start) expect(steps, 'not sure of danger: 999').to.match(/999/);
        }
      });

      it('announces each new question to screen readers, and Back and Start again go where they say', async () => {
        const element = await card({ audience });
        const first = theCard().flow.questions.find((q) => q.id === theCard().flow.start)!;
        await press(element, `[data-answer="no"]`);
        const next = theCard().flow.questions.find((q) => q.id === first.no)!;
        expect(status(element)).to.equal(`Question 2: ${squash(text(next.ask))}`);
        await press(element, '[part="back"]');
        expect(questionId(element)).to.equal(first.id);
        expect(status(element)).to.equal(`Back. Question 1: ${squash(text(first.ask))}`);
        expect(focusedId(element)).to.equal('step-heading');
        await press(element, '[data-answer="yes"]');
        expect(questionId(element) ?? outcomeId(element)).to.equal(first.yes);
        await press(element, '[part="restart"]');
        expect(questionId(element)).to.equal(first.id);
        expect(status(element)).to.equal(`Started again. Question 1: ${squash(text(first.ask))}`);
        expect(shadowAll(element, '.answered li').length).to.equal(0);
      });

      it('can be answered by keyboard alone, to an outcome, back and from the start again', async () => {
        const element = await card({ audience });
        const start = document.createElement('button');
        start.textContent = 'before the card';
        element.before(start);
        start.focus();
        const [longest] = allPaths(theCard()).sort((a, b) => b.answers.length - a.answers.length);
        for (const answer of longest.answers) {
          await tabTo(element, `[data-answer="${answer}"]`);
          await sendKeys({ press: 'Enter' });
          await element.updateComplete;
          expect(focusedId(element), 'focus on the new step').to.equal('step-heading');
        }
        expect(outcomeId(element)).to.equal(longest.outcome);
        await tabTo(element, '[part="back"]');
        await sendKeys({ press: 'Enter' });
        await element.updateComplete;
        expect(questionId(element)).to.equal(longest.asked.at(-1));
        await tabTo(element, '[part="restart"]');
        await sendKeys({ press: 'Enter' });
        await element.updateComplete;
        expect(questionId(element)).to.equal(theCard().flow.start);
        expect(focusedId(element)).to.equal('step-heading');
        start.remove();
      });

      it('has no accessibility violations at a question and at each outcome (axe)', async () => {
        const element = await card({ audience });
        await press(element, '[data-answer="no"]');
        await expectNoAxeViolations(element);
        for (const path of allPaths(theCard()).filter((p, i, all) => all.findIndex((q) => q.outcome === p.outcome) === i)) {
          if (root(element).querySelector('[part="restart"]')) await press(element, '[part="restart"]');
          for (const answer of path.answers) await press(element, `[data-answer="${answer}"]`);
          await expectNoAxeViolations(element);
        }
      });
    });
  }

  it('starts again from the first question when the audience changes', async () => {
    const element = await card({ audience: 'staff' });
    await press(element, '[data-answer="no"]');
    element.setAttribute('audience', 'parents');
    // The parents' card is fetched when it is first asked for: its first question shows once it has arrived.
    await waitFor(() => root(element).querySelector('[data-audience="parents"]'), "the parents' card");
    expect(questionId(element)).to.equal(cards.find((c) => c.audience === 'parents')!.flow.start);
    expect(shadowAll(element, '.answered li').length).to.equal(0);
  });
});
