/**
 * A mistake in a response card (content/response/) names the file, the line and what to do: above all in the
 * "What should I do now?" questions, where every answer must lead on to a question or an outcome that exists.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileAll } from '../../src/build/compile-content.ts';
import { lineContaining, testBrokenFiles, type BrokenFile } from './helpers.ts';

/** Replaces the first line that starts with `from` (after its indent) with `to`, keeping the indent. */
const swap = (from: string, to: string) => (t: string) => {
  const lines = t.split('\n');
  const i = lines.findIndex((l) => l.trim() === from);
  assert.ok(i >= 0, `no line "${from}"`);
  lines[i] = lines[i].replace(from, to);
  return lines.join('\n');
};

const cases: BrokenFile[] = [
  {
    name: 'a question without "not-sure"',
    file: 'response/staff.md',
    change: (t) => t.replace(/^(\s+coercion:\n(?:.*\n)*?)\s+not-sure: refer-now\n/m, '$1'),
    line: (t) => t.split('\n').findIndex((l) => /^\s+coercion:\s*$/.test(l)) + 1,
    says: /"flow → questions → coercion → not-sure" is missing: add a line "not-sure: …"/,
  },
  {
    name: 'a "not-sure" that leads nowhere',
    file: 'response/parents.md',
    change: swap('not-sure: call-999', 'not-sure: call-99'),
    line: (t) => lineContaining(t, 'not-sure: call-99'),
    says: /flow → questions → immediate-danger → not-sure "call-99": there is no question or outcome called "call-99"/,
  },
  {
    name: 'an answer that leads to a question or outcome that does not exist',
    file: 'response/staff.md',
    change: swap('yes: call-999', 'yes: call-99'),
    line: (t) => lineContaining(t, 'yes: call-99'),
    says: /flow → questions → immediate-danger → yes "call-99": there is no question or outcome called "call-99" \(questions: .*; outcomes: .*call-999/,
  },
  {
    name: 'an answer that loops back to an earlier question',
    file: 'response/parents.md',
    change: swap('no: tell-school', 'no: adult-involved'),
    line: (t) => t.split('\n').lastIndexOf('      no: adult-involved') + 1,
    says: /"no: adult-involved" goes back to a question already asked \(immediate-danger → adult-involved → pressure → image-shared → adult-involved\)/,
  },
  {
    name: 'a question no answer leads to',
    file: 'response/staff.md',
    change: swap('no: under-13', 'no: tell-dsl-now'),
    line: (t) => t.split('\n').findIndex((l) => /^\s+under-13:\s*$/.test(l)) + 1,
    says: /no answer leads to the question "under-13"/,
  },
  {
    name: 'a first question that does not exist',
    file: 'response/parents.md',
    change: swap('start: immediate-danger', 'start: danger'),
    line: (t) => lineContaining(t, 'start: danger'),
    says: /flow → start "danger": the first question must be one of the questions/,
  },
  {
    name: 'a contact that is not a service',
    file: 'response/staff.md',
    change: swap('- professionals-online-safety-helpline', '- posh-helpline'),
    line: (t) => lineContaining(t, '- posh-helpline'),
    says: /contacts: there is no service "posh-helpline": use "school-dsl" or the name of a file in content\/services\//,
  },
  {
    name: 'a contact that is not a service, in an outcome',
    file: 'response/parents.md',
    change: (t) => t.replace(/(report-ceop:[\s\S]*?contacts:\n\s*- )ceop-safety-centre/, '$1ceop'),
    line: (t) => t.split('\n').findIndex((l) => l.trim() === '- ceop') + 1,
    says: /flow → outcomes → report-ceop → contacts: there is no service "ceop"/,
  },
  {
    name: 'an outcome with nothing to do',
    file: 'response/staff.md',
    change: (t) => t.replace(/(call-999:\n\s*title: .*\n\s*urgent: true\n\s*steps:)\n(\s*- .*\n)+/, '$1 []\n'),
    line: (t) => lineContaining(t, 'steps: []'),
    says: /flow → outcomes → call-999 → steps: list at least one thing to do/,
  },
  {
    name: 'a missing source',
    file: 'response/parents.md',
    change: (t) => t.replace(/^source: .*\n/m, ''),
    line: () => 2,
    says: /"source" is missing: add a line "source: …"/,
  },
  {
    name: 'two cards for the same audience',
    file: 'response/parents.md',
    change: swap('audience: parents', 'audience: staff'),
    line: (t) => lineContaining(t, 'audience: staff'),
    says: /audience: exactly one card must have "audience: parents"; found 0/,
  },
];

testBrokenFiles("response card, ", cases, false);

test('the real response cards have no problems, one per audience, with a source and a review date', () => {
  const { response } = compileAll();
  assert.deepEqual(response.map((c) => c.audience).sort(), ['parents', 'staff']);
  for (const card of response) {
    assert.match(card.source, /^https:\/\//, card.id);
    assert.match(card.reviewed, /^\d{4}-\d{2}-\d{2}$/, card.id);
  }
});
