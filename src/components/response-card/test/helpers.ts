/** Shared by the response card's tests: placing a card, and reading the content's questions as paths. */
import { loadKit, place, rendered } from '../../../../test/helpers/kit.ts';
import type { Block, Inline, ResponseCard } from '../../../content/types.ts';

export async function card(attributes: Record<string, string>) {
  await loadKit();
  const element = place('safe-response-card', attributes);
  await rendered(element, '.full');
  return element;
}

export const text = (nodes: readonly Inline[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'br' ? ' ' : text(n.children))).join('');

export const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The text of every `##` heading in a card's markdown. */
export const headings = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'heading' ? [text(b.children)] : []));

/** The answer buttons' data-answer, and the field of the question each leads by. */
export const ANSWERS = { yes: 'yes', no: 'no', 'not-sure': 'notSure' } as const;
export type AnswerButton = keyof typeof ANSWERS;

export interface FlowPath {
  answers: AnswerButton[];
  /** The question ids asked, in order. */
  asked: string[];
  outcome: string;
}

/** Every path through a card's questions, from the content: each way of answering, to the outcome it ends at. */
export function allPaths(card: ResponseCard): FlowPath[] {
  const paths: FlowPath[] = [];
  const walk = (id: string, answers: FlowPath['answers'], asked: string[]) => {
    const question = card.flow.questions.find((q) => q.id === id);
    if (!question) {
      paths.push({ answers, asked, outcome: id });
      return;
    }
    for (const answer of Object.keys(ANSWERS) as AnswerButton[]) walk(question[ANSWERS[answer]], [...answers, answer], [...asked, id]);
  };
  walk(card.flow.start, [], []);
  return paths;
}
