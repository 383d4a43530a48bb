/**
 * The GitHub Actions workflows that publish the kit and check its links, validated without GitHub: against the
 * workflow schema (@action-validator/core, offline), and for what they must do, read with the `yaml` parser.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateWorkflow } from '@action-validator/core';
import { PROJECT } from './helpers.ts';

interface Step { uses?: string; run?: string; id?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string>; 'continue-on-error'?: boolean }
interface Job { needs?: string | string[]; permissions?: Record<string, string>; environment?: { name: string }; steps: Step[] }
interface Workflow { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> }

const source = (name: string) => readFileSync(join(PROJECT, '.github/workflows', name), 'utf8');
const workflow = (name: string) => parse(source(name)) as Workflow;
const scripts = Object.keys((JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const index = (job: Job, test: (s: Step) => boolean) => job.steps.findIndex(test);

for (const name of ['publish.yml', 'check-links.yml']) {
  test(`${name} is a valid GitHub Actions workflow (schema), with pinned actions and npm scripts that exist`, () => {
    const { errors } = validateWorkflow(source(name));
    assert.deepEqual(errors, [], JSON.stringify(errors, null, 1));
    for (const step of steps(workflow(name))) {
      if (step.uses) assert.match(step.uses, /^actions\/[a-z-]+@v\d+$/, `${step.uses}: GitHub's own actions, at a major version`);
      for (const [, script] of (step.run ?? '').matchAll(/npm run ([\w:-]+)/g)) assert.ok(scripts.includes(script), `npm run ${script}`);
    }
  });
}

test('the schema check fails a broken workflow (so the test above means something)', () => {
  assert.notDeepEqual(validateWorkflow(source('publish.yml').replace('runs-on:', 'run-on:')).errors, []);
});

test('publish.yml: on every push to main, checks the content, then builds for publishing (with the public address), then deploys dist/ to GitHub Pages', () => {
  const w = workflow('publish.yml');
  assert.deepEqual((w.on.push as { branches: string[] }).branches, ['main']);
  const [buildName, build] = Object.entries(w.jobs).find(([, j]) => j.steps.some((s) => s.run === 'npm run build:publish'))!;
  const ci = index(build, (s) => s.run === 'npm ci');
  const check = index(build, (s) => s.run === 'npm run content:check');
  const made = index(build, (s) => s.run === 'npm run build:publish');
  const upload = index(build, (s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
  assert.ok(ci >= 0 && ci < check && check < made && made < upload, 'npm ci, content:check, build, upload: in that order');
  assert.equal(build.steps[upload].with?.path, 'dist');
  assert.match(build.steps[made].env?.SAFE_KIT_PUBLIC_URL ?? '', /steps\.pages\.outputs\.base_url/, 'the feeds link to where the kit is published');
  const deploy = Object.values(w.jobs).find((j) => j.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')))!;
  assert.deepEqual([deploy.needs].flat(), [buildName]);
  assert.deepEqual(deploy.permissions, { pages: 'write', 'id-token': 'write' });
  assert.equal(deploy.environment?.name, 'github-pages');
  assert.deepEqual(w.permissions, { contents: 'read' }, 'nothing more than reading, outside the deploy job');
});

test('check-links.yml: weekly, and a failed check opens an issue with the report', () => {
  const w = workflow('check-links.yml');
  const [{ cron }] = w.on.schedule as { cron: string }[];
  assert.match(cron, /^\S+ \S+ \* \* [0-6]$/, 'once a week, on one day');
  assert.equal(w.permissions?.issues, 'write');
  const job = Object.values(w.jobs)[0];
  const check = job.steps.find((s) => /^npm run check-links -- --report (\S+)$/.test(s.run ?? ''))!;
  assert.ok(check, 'runs the link check with a report');
  assert.equal(check['continue-on-error'], true, 'a failed check goes on to open the issue');
  const report = /--report (\S+)$/.exec(check.run!)![1];
  const issue = job.steps.find((s) => /gh issue create/.test(s.run ?? ''))!;
  assert.equal(issue.if, `steps.${check.id}.outcome == 'failure'`);
  assert.match(issue.run!, new RegExp(`--body-file ${report.replace('.', '\\.')}`));
  assert.match(issue.env?.GH_TOKEN ?? '', /github\.token/);
});
