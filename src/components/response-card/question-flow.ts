/**
 * "What should I do now?": yes/no questions from the card's content, one at a time, ending at an outcome with
 * what to do and whom to contact. The element keeps the answers (so the reader's place survives the card being
 * drawn again when a setting changes); this file works out where they lead, draws the current step, and moves on
 * in place when the reader answers.
 */
import { fragment, h, type Child } from '../../shared/dom.ts';
import { drawInline } from '../../shared/markdown.ts';
import type { FlowOutcome, FlowQuestion, Inline, ResponseCard } from '../../content/types.ts';

export type Answer = 'yes' | 'no' | 'notSure';

export const ANSWER_WORDS: Record<Answer, string> = { yes: 'Yes', no: 'No', notSure: 'Not sure' };
export type Flow = ResponseCard['flow'];

/** The question to ask next, or the outcome the answers lead to. */
export function currentStep(flow: Flow, answers: readonly Answer[]): { question?: FlowQuestion; outcome?: FlowOutcome } {
  let id = flow.start;
  for (const answer of answers) {
    const question = flow.questions.find((q) => q.id === id);
    if (!question) break;
    id = question[answer];
  }
  const question = flow.questions.find((q) => q.id === id);
  return question ? { question } : { outcome: flow.outcomes.find((o) => o.id === id) };
}

/** The questions already answered, with their answers, in order. */
export function answered(flow: Flow, answers: readonly Answer[]): { question: FlowQuestion; answer: Answer }[] {
  return answers.map((answer, i) => ({ question: currentStep(flow, answers.slice(0, i)).question!, answer }));
}

export const plainText = (nodes: readonly Inline[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'br' ? ' ' : plainText(n.children))).join('');

/** What a screen reader hears when the step changes. */
export function announce(flow: Flow, answers: readonly Answer[], before = ''): string {
  const { question, outcome } = currentStep(flow, answers);
  const now = question ? `Question ${answers.length + 1}: ${plainText(question.ask)}` : `Your next step: ${outcome?.title ?? ''}`;
  return `${before}${now}`;
}

/** Where the reader is: kept by the element, changed here as they answer. */
export interface FlowPlace {
  answers: Answer[];
}

export interface FlowView {
  flow: Flow;
  place: FlowPlace;
  /** The aria-level of the flow's own heading. */
  level: number;
  contact(id: string): Child;
}

/** The questions answered so far, the current question or outcome, and Back and Start again. */
function drawStep(view: FlowView, go: (answers: Answer[], before?: string) => void): Child[] {
  const { flow, level } = view;
  const answers = view.place.answers;
  const { question, outcome } = currentStep(flow, answers);
  const earlier = answered(flow, answers);
  const heading = (label: string, ...title: Child[]) =>
    h('p', { class: 'step-heading', id: 'step-heading', tabindex: -1, role: 'heading', 'aria-level': level + 1 }, h('span', { class: 'step-number' }, label), ' ', title);
  const answer = (value: Answer, name: string) =>
    h('button', { type: 'button', class: 'answer', part: 'answer', 'data-answer': name, onclick: () => go([...answers, value]) }, ANSWER_WORDS[value]);
  return [
    earlier.length
      ? h(
          'ol',
          { class: 'answered', 'aria-label': 'Your answers so far' },
          earlier.map(({ question: q, answer: a }) => h('li', null, drawInline(q.ask), ' ', h('strong', null, ANSWER_WORDS[a]))),
        )
      : h('p', { class: 'flow-intro' }, 'Answer a few questions to find your next step. If you are not sure, say so.'),
    question
      ? h(
          'div',
          { class: 'step question', part: 'question', role: 'group', 'aria-labelledby': 'step-heading', 'data-question': question.id },
          heading(`Question ${answers.length + 1}:`, drawInline(question.ask)),
          question.hint && h('p', { class: 'hint' }, drawInline(question.hint)),
          h('div', { class: 'answers' }, answer('yes', 'yes'), answer('no', 'no'), answer('notSure', 'not-sure')),
        )
      : outcome &&
        h(
          'div',
          { class: `step outcome ${outcome.urgent ? 'urgent' : ''}`, part: 'outcome', 'data-outcome': outcome.id },
          heading('Your next step:', outcome.title),
          h('ul', { class: 'steps' }, outcome.steps.map((s) => h('li', null, drawInline(s)))),
          h('p', { class: 'contacts-title' }, 'Who to contact'),
          h('ul', { class: 'contacts', role: 'list' }, outcome.contacts.map((id) => view.contact(id))),
        ),
    answers.length > 0 &&
      h(
        'div',
        { class: 'flow-nav' },
        h('button', { type: 'button', class: 'secondary', part: 'back', 'data-action': 'back', onclick: () => go(answers.slice(0, -1), 'Back. ') }, 'Back'),
        h('button', { type: 'button', class: 'secondary', part: 'restart', 'data-action': 'restart', onclick: () => go([], 'Started again. ') }, 'Start again'),
      ),
  ];
}

/**
 * The flow, drawn at the reader's place. An answer, Back or Start again changes the step in place (the heading
 * and the live region stay, so a screen reader hears the new step once) and moves the reader's focus to the new
 * step's heading.
 */
export function drawFlow(view: FlowView): HTMLElement {
  const title = h('p', { class: 'section-title', id: 'flow-title', role: 'heading', 'aria-level': view.level }, 'What should I do now?');
  // Empty when drawn: a live region tells of a change, and a card drawn again (a setting changed) is not one.
  const status = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', part: 'announcement' });
  const go = (answers: Answer[], before = '') => {
    view.place.answers = answers;
    status.textContent = announce(view.flow, answers, before);
    while (title.nextSibling && title.nextSibling !== status) title.nextSibling.remove();
    status.before(fragment(drawStep(view, go)));
    section.querySelector<HTMLElement>('#step-heading')?.focus();
  };
  const section = h('section', { class: 'flow', part: 'flow', 'aria-labelledby': 'flow-title' }, title, drawStep(view, go), status);
  return section;
}
