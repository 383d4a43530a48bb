/**
 * "What should I do now?": yes/no questions from the card's content, one at a time, ending at an outcome with
 * what to do and whom to contact. The element keeps the answers; this file works out where they lead and draws
 * the current step.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { drawn } from '../../shared/drawn.ts';
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

export interface FlowView {
  flow: Flow;
  answers: readonly Answer[];
  /** The aria-level of the flow's own heading. */
  level: number;
  announcement: string;
  onAnswer(answer: Answer): void;
  onBack(): void;
  onRestart(): void;
  contact(id: string): TemplateResult | typeof nothing;
}

export function renderFlow(view: FlowView) {
  const { flow, answers, level } = view;
  const { question, outcome } = currentStep(flow, answers);
  const earlier = answered(flow, answers);
  return html`<section class="flow" part="flow" aria-labelledby="flow-title">
    <p class="section-title" id="flow-title" role="heading" aria-level=${level}>What should I do now?</p>
    ${earlier.length
      ? html`<ol class="answered" aria-label="Your answers so far">
          ${earlier.map(({ question: q, answer }) => html`<li>${drawn(drawInline, q.ask)} <strong>${ANSWER_WORDS[answer]}</strong></li>`)}
        </ol>`
      : html`<p class="flow-intro">Answer a few questions to find your next step. If you are not sure, say so.</p>`}
    ${question
      ? html`<div class="step question" part="question" role="group" aria-labelledby="step-heading" data-question=${question.id}>
          <p class="step-heading" id="step-heading" tabindex="-1" role="heading" aria-level=${level + 1}>
            <span class="step-number">Question ${answers.length + 1}:</span> ${drawn(drawInline, question.ask)}
          </p>
          ${question.hint ? html`<p class="hint">${drawn(drawInline, question.hint)}</p>` : nothing}
          <div class="answers">
            <button type="button" class="answer" part="answer" data-answer="yes" @click=${() => view.onAnswer('yes')}>Yes</button>
            <button type="button" class="answer" part="answer" data-answer="no" @click=${() => view.onAnswer('no')}>No</button>
            <button type="button" class="answer" part="answer" data-answer="not-sure" @click=${() => view.onAnswer('notSure')}>Not sure</button>
          </div>
        </div>`
      : outcome
        ? html`<div class="step outcome ${outcome.urgent ? 'urgent' : ''}" part="outcome" data-outcome=${outcome.id}>
            <p class="step-heading" id="step-heading" tabindex="-1" role="heading" aria-level=${level + 1}>
              <span class="step-number">Your next step:</span> ${outcome.title}
            </p>
            <ul class="steps">${outcome.steps.map((s) => html`<li>${drawn(drawInline, s)}</li>`)}</ul>
            <p class="contacts-title">Who to contact</p>
            <ul class="contacts" role="list">${outcome.contacts.map((id) => view.contact(id))}</ul>
          </div>`
        : nothing}
    ${answers.length
      ? html`<div class="flow-nav">
          <button type="button" class="secondary" part="back" data-action="back" @click=${view.onBack}>Back</button>
          <button type="button" class="secondary" part="restart" data-action="restart" @click=${view.onRestart}>Start again</button>
        </div>`
      : nothing}
    <p class="visually-hidden" role="status" aria-live="polite" part="announcement">${view.announcement}</p>
  </section>`;
}
