/**
 * Checks the "What should I do now?" questions of a response card as a whole: every answer leads to a question or
 * an outcome that exists, nothing loops back, and nothing is left that no answer leads to. A reader who follows
 * any path must reach an outcome, so a mistake here stops the build at the line to change.
 */

export interface RawFlow {
  start?: unknown;
  questions?: Record<string, { yes?: unknown; no?: unknown; 'not-sure'?: unknown } | undefined>;
  outcomes?: Record<string, unknown>;
}

export interface FlowIssue {
  path: (string | number)[];
  message: string;
}

/** The answers to every question, as written in the file. */
const ANSWERS = ['yes', 'no', 'not-sure'] as const;

export function checkFlow(flow: RawFlow): FlowIssue[] {
  const issues: FlowIssue[] = [];
  const questions = flow.questions ?? {};
  const outcomes = flow.outcomes ?? {};
  const isQuestion = (id: unknown): id is string => typeof id === 'string' && Object.hasOwn(questions, id);
  const isOutcome = (id: unknown): id is string => typeof id === 'string' && Object.hasOwn(outcomes, id);
  const known = `questions: ${Object.keys(questions).join(', ') || 'none'}; outcomes: ${Object.keys(outcomes).join(', ') || 'none'}`;

  for (const id of Object.keys(outcomes)) {
    if (isQuestion(id)) issues.push({ path: ['flow', 'outcomes', id], message: `"${id}" is the name of a question and of an outcome: give one of them another name` });
  }
  if (!isQuestion(flow.start)) {
    issues.push({ path: ['flow', 'start'], message: `the first question must be one of the questions under "questions" (${Object.keys(questions).join(', ') || 'none yet'})` });
  }
  for (const [id, question] of Object.entries(questions)) {
    for (const answer of ANSWERS) {
      const next = question?.[answer];
      if (typeof next === 'string' && !isQuestion(next) && !isOutcome(next)) {
        issues.push({ path: ['flow', 'questions', id, answer], message: `there is no question or outcome called "${next}" (${known})` });
      }
    }
  }
  if (issues.length || !isQuestion(flow.start)) return issues;

  // Depth-first from the first question: an answer that leads back to a question on the current path is a loop.
  const reached = new Set<string>();
  const onPath: string[] = [];
  const visit = (id: string) => {
    reached.add(id);
    if (!isQuestion(id)) return;
    onPath.push(id);
    for (const answer of ANSWERS) {
      const next = questions[id]?.[answer] as string;
      if (onPath.includes(next)) {
        issues.push({
          path: ['flow', 'questions', id, answer],
          message: `"${answer}: ${next}" goes back to a question already asked (${[...onPath, next].join(' → ')}): every answer must lead on, to a later question or an outcome`,
        });
      } else if (!reached.has(next)) {
        visit(next);
      }
    }
    onPath.pop();
  };
  visit(flow.start);
  // After a loop, what looks unreached is only cut off by it: fix the loop first.
  if (issues.length) return issues;

  for (const id of Object.keys(questions)) {
    if (!reached.has(id)) issues.push({ path: ['flow', 'questions', id], message: `no answer leads to the question "${id}": lead an answer to it, or remove it` });
  }
  for (const id of Object.keys(outcomes)) {
    if (!reached.has(id)) issues.push({ path: ['flow', 'outcomes', id], message: `no answer leads to the outcome "${id}": lead an answer to it, or remove it` });
  }
  return issues;
}
