/**
 * Mistakes an editor can make in an alert name the file, the line and what to do. Each case breaks one real
 * alert in a copy of content/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { compileAll, ContentErrors, type ContentProblem } from '../../src/build/compile-content.ts';
import { copyOfContent, lineContaining, PROJECT } from './helpers.ts';

/** A real alert with an expiry date, and one without. */
const files = readdirSync(join(PROJECT, 'content/alerts')).filter((f) => f.endsWith('.md'));
const withExpiry = files.find((f) => /^expires:/m.test(readFileSync(join(PROJECT, 'content/alerts', f), 'utf8')))!;
const any = files[0];

function problemsAfter(file: string, change: (text: string) => string, rename?: string) {
  const copy = copyOfContent();
  copy.edit(`alerts/${file}`, change);
  const name = rename ?? file;
  if (rename) renameSync(join(copy.content, 'alerts', file), join(copy.content, 'alerts', rename));
  const text = readFileSync(join(copy.content, 'alerts', name), 'utf8');
  try {
    compileAll({ contentDir: copy.content });
  } catch (e) {
    assert.ok(e instanceof ContentErrors, String(e));
    return { problems: e.problems as ContentProblem[], text, name };
  }
  assert.fail('the build accepted a broken alert');
}

const cases: { name: string; file: string; change: (t: string) => string; rename?: (f: string) => string; line: (t: string) => number; says: RegExp }[] = [
  {
    name: 'an expiry date before the published date',
    file: withExpiry,
    change: (t) => t.replace(/^expires: .*$/m, 'expires: 2020-01-01'),
    line: (t) => lineContaining(t, 'expires:'),
    says: /expires before it is published: the expiry date must be on or after the published date/,
  },
  {
    name: 'a published date that differs from the date in the file name',
    file: any,
    change: (t) => t.replace(/^published: .*$/m, 'published: 2026-10-01'),
    line: (t) => lineContaining(t, 'published:'),
    says: /published "2026-10-01" does not match the date the file name starts with \(\d{4}-\d{2}-\d{2}\): correct the date or rename the file/,
  },
  {
    name: 'a file name without the published date',
    file: any,
    change: (t) => t,
    rename: (f) => f.replace(/^\d{4}-\d{2}-\d{2}-/, ''),
    line: () => 1,
    says: /the file name must start with the published date/,
  },
  {
    name: 'an unknown level',
    file: any,
    change: (t) => t.replace(/^level: .*$/m, 'level: urgent'),
    line: (t) => lineContaining(t, 'level:'),
    says: /level "urgent": the level is information, advice or warning/,
  },
  {
    name: 'an unknown audience',
    file: any,
    change: (t) => t.replace(/^audience: .*$/m, 'audience: children'),
    line: (t) => lineContaining(t, 'audience:'),
    says: /audience "children": the audience is staff, parents or both/,
  },
  {
    name: 'a published date that is not a date',
    file: any,
    change: (t) => t.replace(/^published: .*$/m, 'published: 20 November 2026'),
    line: (t) => lineContaining(t, 'published:'),
    says: /published "20 November 2026": write the date as YYYY-MM-DD/,
  },
  {
    name: 'a summary that is too long',
    file: any,
    change: (t) => t.replace(/^summary: (.*)$/m, (_, s: string) => `summary: ${s} ${'More words here. '.repeat(20)}`),
    line: (t) => lineContaining(t, 'summary:'),
    says: /keep the summary to 280 characters or fewer/,
  },
  {
    name: 'a missing level',
    file: any,
    change: (t) => t.replace(/^level: .*\n/m, ''),
    line: () => 2,
    says: /"level" is missing: add a line "level: …" \(information, advice or warning\)/,
  },
  {
    name: 'no text below the fields',
    file: any,
    change: (t) => t.replace(/^(---\n[\s\S]*?\n---\n)[\s\S]*$/, '$1'),
    line: () => 1,
    says: /the alert has no text/,
  },
];

for (const c of cases) {
  test(`an alert with ${c.name}: names the file, the line and the fix`, () => {
    const { problems, text, name } = problemsAfter(c.file, c.change, c.rename?.(c.file));
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.equal(problems[0].file, `content/alerts/${name}`);
    assert.equal(problems[0].line, c.line(text), problems[0].message);
    assert.match(problems[0].message, c.says);
  });
}

test('the real alerts have no problems, and come newest first', () => {
  const { alerts } = compileAll();
  assert.ok(alerts.length >= 2);
  const dates = alerts.map((a) => a.published);
  assert.deepEqual([...dates].sort().reverse(), dates);
  for (const a of alerts) {
    assert.match(a.source, /^https:\/\//, a.id);
    assert.ok(a.id.startsWith(a.published), a.id);
  }
});
