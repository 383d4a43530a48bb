/**
 * `npm run content:check` and `npm run content:new`, run as an editor runs them (the real scripts, on a copy of
 * the real content): every problem at once with its file and line, warnings for overdue reviews and expired
 * alerts as of a pinned "today" (SAFE_KIT_TODAY: no test reads the clock), GitHub annotations, and new files
 * that pass the check as drafts and are refused once published with their placeholders left in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotation, checkContent } from '../../src/build/content-check.ts';
import { KINDS, PLACEHOLDER_PHONE } from '../../src/build/content-templates.ts';
import { collections } from '../../src/content/schema/index.ts';
import { copyOfContent, lineContaining, PROJECT } from './helpers.ts';

const TODAY = '2026-11-25';

function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT, 'scripts', script), ...args], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', SAFE_KIT_COUNCIL: '', SAFE_KIT_TODAY: TODAY, ...env },
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

test('content:check lists every problem in every file at once, with path:line, and exits 1', () => {
  const copy = copyOfContent();
  copy.edit('services/iwf.md', (t) => t.replace('url: https://', 'url: http://'));
  copy.edit('guides/tiktok.md', (t) => t.replace(/^category: .*$/m, 'category: films'));
  copy.edit('alerts/2026-11-20-scary-challenge-warnings.md', (t) => t.replace(/^audience: .*$/m, 'audience: everyone'));
  const { status, out } = run('content-check.ts', [], { SAFE_KIT_CONTENT: copy.content });
  assert.equal(status, 1, out);
  const expect = (file: string, needle: string, says: RegExp) => {
    const line = lineContaining(readFileSync(join(copy.content, file), 'utf8'), needle);
    const found = out.split('\n').find((l) => l.startsWith(`content/${file}:${line}: `));
    assert.ok(found, `content/${file}:${line} in\n${out}`);
    assert.match(found, says);
  };
  expect('services/iwf.md', 'url:', /starting https:\/\//);
  expect('guides/tiktok.md', 'category:', /the category is one of/);
  expect('alerts/2026-11-20-scary-challenge-warnings.md', 'audience:', /the audience is staff, parents or both/);
  assert.match(out, /^3 problems in 3 files: nothing can be published until they are fixed\.$/m);
});

test('content:check warns of reviews over 12 months old and of expired alerts, as of SAFE_KIT_TODAY, and passes', () => {
  const { status, out } = run('content-check.ts', [], { SAFE_KIT_TODAY: '2028-01-01' });
  assert.equal(status, 0, out);
  const childline = readFileSync(join(PROJECT, 'content/services/childline.md'), 'utf8');
  assert.match(out, new RegExp(`^content/services/childline\\.md:${lineContaining(childline, 'reviewed:')}: reviewed \\d{4}-\\d{2}-\\d{2}, over 12 months ago — .* \\(warning\\)$`, 'm'));
  const alertFile = 'content/alerts/2026-11-20-scary-challenge-warnings.md';
  const alert = readFileSync(join(PROJECT, alertFile), 'utf8');
  assert.match(out, new RegExp(`^${alertFile.replace(/[.]/g, '\\.')}:${lineContaining(alert, 'expires:')}: this alert expired on .* — `, 'm'));
  assert.match(out, /checked as of 2028-01-01/);
  // The same content, checked as of the day it was written: nothing is due.
  const now = run('content-check.ts', [], {});
  assert.equal(now.status, 0, now.out);
  assert.doesNotMatch(now.out, /over 12 months ago|expired on/);
});

test('a "today" that is not a date is refused, saying how to write it', () => {
  const { status, out } = run('content-check.ts', [], { SAFE_KIT_TODAY: '25/11/2026' });
  assert.notEqual(status, 0);
  assert.match(out, /SAFE_KIT_TODAY "25\/11\/2026" is not a date: write it YYYY-MM-DD/);
});

test('annotations: GitHub\'s workflow-command format, escaped', () => {
  assert.equal(
    annotation({ file: 'content/a,b:c.md', line: 3, message: '100% wrong: "x"\nsecond line' }, 'error'),
    '::error file=content/a%2Cb%3Ac.md,line=3::100%25 wrong: "x"%0Asecond line',
  );
  const copy = copyOfContent();
  copy.edit('services/iwf.md', (t) => t.replace('url: https://', 'url: http://'));
  const { status, out } = run('content-check.ts', [], { SAFE_KIT_CONTENT: copy.content, GITHUB_ACTIONS: 'true', SAFE_KIT_TODAY: '2028-01-01' });
  assert.equal(status, 1);
  const line = lineContaining(readFileSync(join(copy.content, 'services/iwf.md'), 'utf8'), 'url:');
  assert.match(out, new RegExp(`^::error file=content/services/iwf\\.md,line=${line}::url "http://`, 'm'));
  assert.match(out, /^::warning file=content\/services\/childline\.md,line=\d+::reviewed /m);
});

/** The field names a collection's schema allows, through its transforms. */
function fieldsOf(schema: unknown): string[] {
  let s = schema as { def: { shape?: object; in?: unknown; innerType?: unknown } };
  while (!s.def.shape) s = (s.def.in ?? s.def.innerType) as typeof s;
  return Object.keys(s.def.shape);
}

for (const kind of KINDS) {
  test(`content:new ${kind}: every field, commented, dated today; passes the check as a draft; refused once published with its placeholders`, () => {
    const copy = copyOfContent();
    const made = run('content-new.ts', [kind, 'made-by-test'], { SAFE_KIT_CONTENT: copy.content });
    assert.equal(made.status, 0, made.out);
    const shown = /Made (\S+)\./.exec(made.out)?.[1];
    assert.ok(shown, made.out);
    const path = join(copy.root, shown);
    const text = readFileSync(path, 'utf8');
    const folder = shown.split('/').at(-2)!;
    const collection = Object.values(collections).find((c) => c.folder === folder)!;
    const lines = text.split('\n');
    for (const field of fieldsOf(collection.frontMatter)) {
      // The field itself, or, where it is one of two alternatives, the field written as a comment to uncomment.
      const at = lines.findIndex((l) => new RegExp(`^(# )?${field}:`).test(l));
      assert.ok(at > 0, `${field} in ${shown}`);
      assert.match(lines[at - 1], /^# /, `a comment above ${field}`);
    }
    assert.match(text, new RegExp(`^reviewed: ${TODAY}$`, 'm'));

    const options = { cwd: copy.root, contentDir: copy.content };
    const draft = checkContent(options, TODAY);
    assert.deepEqual(draft.problems, [], JSON.stringify(draft.problems));
    assert.ok(draft.warnings.some((w) => w.file === shown && /draft: true/.test(w.message)));

    writeFileSync(path, text.replace(/^draft: true\n/m, ''));
    const published = checkContent(options, TODAY);
    assert.ok(published.problems.length > 0, 'placeholders refused');
    for (const p of published.problems) {
      assert.equal(p.file, shown);
      assert.match(p.message, /placeholder — /);
      assert.match(text.split('\n')[p.line - 1], new RegExp(`replace-me\\.invalid|${PLACEHOLDER_PHONE}`));
    }
    assert.equal(run('content-new.ts', [kind, 'made-by-test'], { SAFE_KIT_CONTENT: copy.content }).status, 1, 'an existing file is never overwritten');
  });
}

test('content:new names the kinds it knows, and refuses a name that cannot be a file', () => {
  assert.match(run('content-new.ts', ['leaflet', 'x'], {}).out, /there is no kind "leaflet" — use one of: service, alert, school, guide, agreement/);
  assert.match(run('content-new.ts', ['service', 'Bad Name'], {}).out, /"Bad Name" cannot be a file name/);
});
