import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileAll } from '../../src/build/compile-content.ts';
import { reportPage, reportRows } from '../../src/build/vite-plugin-content-report.ts';
import { buildToday } from '../../src/build/today.ts';
import { councilFolder } from '../../src/build/layers/council-folder.ts';
import { PROJECT } from './helpers.ts';

const content = compileAll();
/** A fixed day, never the real clock: the day after the content was last checked. */
const DAY_AFTER = new Date('2026-11-26T12:00:00Z');
const A_YEAR_LATER = new Date('2027-11-26T12:00:00Z');

test('the content report lists every content file with its sources and review date', () => {
  const rows = reportRows(content, DAY_AFTER);
  const files = readdirSync(join(PROJECT, 'content'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md') && !/readme\.md$/i.test(f))
    .map((f) => `content/${f.split('\\').join('/')}`)
    .sort();
  assert.deepEqual(rows.map((r) => r.file).sort(), files);
  for (const row of rows) {
    const text = readFileSync(join(PROJECT, row.file), 'utf8');
    assert.ok(text.includes(`source: ${row.source}`), row.file);
    assert.equal(row.sources[0], row.source, row.file);
    assert.ok(text.includes(`reviewed: ${row.reviewed}`), row.file);
    assert.equal(row.layer, 'national', row.file);
    // Every other page the file's text links to is listed as a source too.
    for (const [, href] of text.matchAll(/\]\((https:\/\/[^)\s]+)\)/g)) assert.ok(row.sources.includes(href), `${row.file}: ${href}`);
  }
  const staff = rows.find((r) => r.file === 'content/response/staff.md')!;
  assert.ok(staff.sources.length >= 1);
  const agreement = rows.find((r) => r.file.startsWith('content/agreement/'))!;
  assert.match(agreement.sourceNote ?? '', /not Childnet's/);
  const roblox = rows.find((r) => r.file === 'content/guides/roblox.md')!;
  assert.ok(roblox.toCheck.length > 0, 'Roblox lists what is still to check');
});

test('the review list: due 12 months after the last check, overdue first, then by the next check due', () => {
  const rows = reportRows(content, A_YEAR_LATER);
  assert.ok(rows.every((r) => r.due));
  assert.ok(reportRows(content, DAY_AFTER).every((r) => !r.due));
  const childline = rows.find((r) => r.file === 'content/services/childline.md')!;
  assert.equal(childline.nextCheck, `${Number(childline.reviewed.slice(0, 4)) + 1}${childline.reviewed.slice(4)}`);
  // On the day one file's next check falls: it and any older are at the top, the rest follow by their next check.
  const onTheDay = reportRows(content, new Date(`${childline.nextCheck}T12:00:00Z`));
  const due = onTheDay.filter((r) => r.due);
  assert.ok(due.some((r) => r.file === childline.file));
  assert.deepEqual(onTheDay.slice(0, due.length), due, 'overdue first');
  for (const part of [due, onTheDay.slice(due.length)]) {
    assert.deepEqual(part.map((r) => r.nextCheck), [...part.map((r) => r.nextCheck)].sort());
  }
});

test("a council's items show their own file and layer; hidden ones are not listed", () => {
  const council = councilFolder(PROJECT, { SAFE_KIT_COUNCIL: 'test/fixtures/councils/example' })!;
  const rows = reportRows(compileAll({ cwd: PROJECT, council }), DAY_AFTER);
  const lado = rows.find((r) => r.file.endsWith('/lado.md'))!;
  assert.deepEqual([lado.file, lado.layer, lado.due], ['test/fixtures/councils/example/services/lado.md', 'example', true]);
  assert.equal(rows[0], lado, 'the one overdue item (reviewed 2024) heads the list');
  assert.equal(rows.find((r) => r.file.endsWith('/childline.md'))?.layer, 'national');
  assert.ok(!rows.some((r) => r.file.endsWith('samaritans.md')), 'hidden in this council\'s kit');
  assert.match(reportPage(rows, DAY_AFTER), /\(national and example\)/);
});

test("the report's own text reads cleanly: plain sentences, dates in words, no placeholders or code left in", () => {
  const page = reportPage(reportRows(content, A_YEAR_LATER), A_YEAR_LATER);
  const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  assert.match(text, /Every content file, with the pages its facts come from, the date someone last checked it against them and when the next check is due: overdue first, then the next due\./);
  assert.match(text, /Built on 26 November 2027, from \d+ files\./);
  assert.match(text, /\d+ files are overdue for a check \(last checked 12 months ago or more\): they are at the top\. Check each against its sources, then change its reviewed: date\./);
  assert.match(text, /files? ha(s|ve) facts still to check/);
  assert.match(text, /25 November 2027: overdue/);
  assert.doesNotMatch(text, /\{device\}|undefined|NaN|\(s\)|\[object/);
  assert.match(text, /Family agreement promises: Where my device lives/);
  const fresh = reportPage(reportRows(content, DAY_AFTER), DAY_AFTER).replace(/<[^>]+>/g, ' ');
  assert.match(fresh, /Every file was checked against its sources within the last 12 months\./);
});

test('the published report holds every row', () => {
  const published = JSON.parse(readFileSync(join(PROJECT, 'dist/content-report.json'), 'utf8'));
  assert.equal(published.length, reportRows(content, DAY_AFTER).length);
  assert.match(readFileSync(join(PROJECT, 'dist/content-report.html'), 'utf8'), /<table>/);
});

test("the build's day is SAFE_KIT_TODAY when set, for previews and for tests, and a wrong one is named", () => {
  assert.equal(buildToday({ SAFE_KIT_TODAY: '2030-06-01' }), '2030-06-01');
  assert.match(buildToday({}), /^\d{4}-\d{2}-\d{2}$/);
  assert.throws(() => buildToday({ SAFE_KIT_TODAY: '1/6/2030' }), /SAFE_KIT_TODAY "1\/6\/2030" is not a date: write it YYYY-MM-DD/);
});
