/**
 * A mistake in a content file names the file, the line and what to do, and every mistake is listed at once.
 * Each case breaks one real content file in a copy of content/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileAll } from '../../src/build/compile-content.ts';
import { copyOfContent, lineContaining, problemsAfter, testBrokenFiles, type BrokenFile } from './helpers.ts';

const cases: BrokenFile[] = [
  {
    name: 'a missing field',
    file: 'services/childline.md',
    change: (t) => t.replace(/^summary: .*\n/m, ''),
    line: () => 2,
    says: /"summary" is missing: add a line "summary: …" \(one sentence on what the service is for\)/,
  },
  {
    name: 'a date that is not a date',
    file: 'services/samaritans.md',
    change: (t) => t.replace(/^reviewed: .*$/m, 'reviewed: 31/11/2026'),
    line: (t) => lineContaining(t, 'reviewed:'),
    says: /reviewed "31\/11\/2026": write the date as YYYY-MM-DD/,
  },
  {
    name: 'a date that does not exist',
    file: 'services/samaritans.md',
    change: (t) => t.replace(/^reviewed: .*$/m, 'reviewed: 2026-02-30'),
    line: (t) => lineContaining(t, 'reviewed:'),
    says: /not a real date/,
  },
  {
    name: 'an address that is not https',
    file: 'services/iwf.md',
    change: (t) => t.replace(/^url: https:/m, 'url: http:'),
    line: (t) => lineContaining(t, 'url:'),
    says: /url "http:\/\/report\.iwf\.org\.uk\/": write the full address, starting https:\/\//,
  },
  {
    name: 'an unknown audience',
    file: 'services/childline.md',
    change: (t) => t.replace(/^  staff: (\d+)$/m, '  teachers: $1'),
    line: (t) => lineContaining(t, 'teachers:'),
    says: /unknown name under "audiences" "teachers".*Allowed: children, parents, staff/,
  },
  {
    name: 'a YAML mistake',
    file: 'services/childline.md',
    change: (t) => t.replace(/^name: Childline$/m, 'name: Childline: free help'),
    line: (t) => lineContaining(t, 'name:'),
    says: /not valid YAML.*double quotes/,
  },
  {
    name: 'raw HTML in the text',
    file: 'services/report-remove.md',
    change: (t) => `${t}\nSee <a href="https://example.org">this</a>.\n`,
    line: (t) => lineContaining(t, '<a href'),
    says: /raw HTML is not allowed/,
  },
  {
    name: 'a misspelt field',
    file: 'services/childline.md',
    change: (t) => t.replace(/^category:/m, 'catgory:'),
    line: (t) => lineContaining(t, 'catgory:'),
    says: /unknown field "catgory": did you mean "category"\?/,
  },
  {
    name: 'a link to a web page that is not https, in the text',
    file: 'services/childline.md',
    change: (t) => `${t}\nMore at [their site](http://www.childline.org.uk/).\n`,
    line: (t) => lineContaining(t, '[their site]'),
    says: /starts with http:\/\/: use the https:\/\/ address instead/,
  },
  {
    name: 'a phone number with letters',
    file: 'services/samaritans.md',
    change: (t) => t.replace('number: 116 123', 'number: 116 SAM'),
    line: (t) => lineContaining(t, '116 SAM'),
    says: /digits and spaces only/,
  },
];

testBrokenFiles("", cases);

// Every panel's "In immediate danger" line comes from the one emergency service: none would leave panels without
// 999, and two would leave it to chance which number is shown.
testBrokenFiles('', [
  {
    name: 'two emergency services',
    file: 'services/samaritans.md',
    change: (t) => t.replace(/^---\n/, '---\nemergency: true\n'),
    line: (t) => lineContaining(t, 'emergency: true'),
    says: /exactly one service must have "emergency: true" \(the police, 999\); found 2/,
  },
]);

test('no emergency service: the build says that one service must be the 999 line', () => {
  const { problems } = problemsAfter('services/police.md', (t) => t.replace(/^emergency: true$/m, 'emergency: false'));
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.match(problems[0].file, /^content\/services\//);
  assert.match(problems[0].message, /exactly one service must have "emergency: true" \(the police, 999\); found 0/);
});

test('every broken file is listed at once, each as path:line: message', () => {
  const copy = copyOfContent();
  copy.edit('services/iwf.md', (t) => t.replace(/^url: https:/m, 'url: http:'));
  copy.edit('services/childline.md', (t) => t.replace(/^reviewed: .*$/m, 'reviewed: soon'));
  assert.throws(
    () => compileAll({ contentDir: copy.content }),
    (e: Error) => /content\/services\/childline\.md:\d+: reviewed "soon"/.test(e.message) && /content\/services\/iwf\.md:\d+: url/.test(e.message),
  );
});

test('the real content has no problems', () => {
  const { services } = compileAll();
  assert.ok(services.length > 10);
  for (const s of services) {
    assert.match(s.source, /^https:\/\//, s.id);
    assert.match(s.reviewed, /^\d{4}-\d{2}-\d{2}$/, s.id);
  }
});
