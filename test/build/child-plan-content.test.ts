/**
 * The child's plan (content/child-plan/): a mistake names the file, the line and what to do, including a service
 * named by an id that content/services/ does not have. Each case breaks one real file in a copy of content/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileAll, ContentErrors, type ContentProblem } from '../../src/build/compile-content.ts';
import { copyOfContent, lineContaining } from './helpers.ts';

function problemsIn(change: (copy: ReturnType<typeof copyOfContent>) => void): ContentProblem[] {
  const copy = copyOfContent();
  change(copy);
  try {
    compileAll({ contentDir: copy.content });
  } catch (e) {
    assert.ok(e instanceof ContentErrors, String(e));
    return e.problems;
  }
  assert.fail('the build accepted a broken plan');
}

const cases: { name: string; file: string; change: (t: string) => string; line: (t: string) => number; says: RegExp }[] = [
  {
    name: 'a service id that content/services/ does not have',
    file: 'child-plan/older.md',
    change: (t) => t.replace('service: report-remove', 'service: report-removal'),
    line: (t) => lineContaining(t, 'service: report-removal'),
    says: /steps → help → service "report-removal": there is no service "report-removal" in content\/services\/.*use one of .*report-remove/,
  },
  {
    name: 'two steps instead of three',
    file: 'child-plan/younger.md',
    change: (t) => t.replace(/  - heading: Tell a grown-up.*\n.*\n/, ''),
    line: (t) => lineContaining(t, 'steps:'),
    says: /the plan has exactly three steps/,
  },
  {
    name: 'a misspelt field in a step',
    file: 'child-plan/younger.md',
    change: (t) => t.replace('  - heading: Stop', '  - headng: Stop'),
    line: (t) => lineContaining(t, 'headng:'),
    says: /unknown name under "steps" "headng": did you mean "heading"\?/,
  },
  {
    name: 'a missing review date',
    file: 'child-plan/older.md',
    change: (t) => t.replace(/^reviewed: .*\n/m, ''),
    line: () => 2,
    says: /"reviewed" is missing: add a line "reviewed: …" \(the date \(YYYY-MM-DD\) a person last checked this file against its source\)/,
  },
  {
    name: 'a source that is not https',
    file: 'child-plan/older.md',
    change: (t) => t.replace(/^source: https:/m, 'source: http:'),
    line: (t) => lineContaining(t, 'source:'),
    says: /source "http:\/\/www\.childline\.org\.uk\/": write the full address, starting https:\/\//,
  },
];

for (const c of cases) {
  test(`child's plan, ${c.name}: names the file, the line and the fix`, () => {
    let text = '';
    const problems = problemsIn((copy) => {
      copy.edit(c.file, c.change);
      text = readFileSync(join(copy.content, c.file), 'utf8');
    });
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.equal(problems[0].file, `content/${c.file}`);
    assert.equal(problems[0].line, c.line(text), problems[0].message);
    assert.match(problems[0].message, c.says);
  });
}

test("child's plan: a missing version is named", () => {
  const problems = problemsIn((copy) => rmSync(join(copy.content, 'child-plan/older.md')));
  assert.deepEqual(problems.map((p) => p.file), ['content/child-plan/older.md']);
  assert.match(problems[0].message, /this file is missing: every version of the plan \(younger, older\) needs one/);
});

test("child's plan: a file that is not a version is named, with the names allowed", () => {
  const problems = problemsIn((copy) => {
    writeFileSync(join(copy.content, 'child-plan/middle.md'), readFileSync(join(copy.content, 'child-plan/older.md')));
  });
  assert.deepEqual(problems.map((p) => p.file), ['content/child-plan/middle.md']);
  assert.match(problems[0].message, /younger\.md or older\.md/);
});

test("the real child's plans: both versions, three steps each, Childline, Report Remove and CEOP from the services", () => {
  const content = compileAll();
  const plans = content['child-plan'];
  assert.deepEqual(plans.map((p) => p.id), ['younger', 'older']);
  for (const plan of plans) {
    assert.equal(plan.steps.length, 3, plan.id);
    assert.match(plan.source, /^https:\/\//, plan.id);
    assert.match(plan.reviewed, /^\d{4}-\d{2}-\d{2}$/, plan.id);
    const help = plan.steps.flatMap((s) => s.help);
    assert.deepEqual(help.map((h) => h.service).sort(), ['ceop-safety-centre', 'childline', 'report-remove'], plan.id);
    for (const h of help) {
      const service = content.services.find((s) => s.id === h.service)!;
      assert.deepEqual(h.phones, service.phones, `${plan.id}: ${h.service}'s numbers come from its service file`);
      assert.equal(h.url, service.url, `${plan.id}: ${h.service}'s address comes from its service file`);
    }
  }
});
