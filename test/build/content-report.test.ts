import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileAll } from '../../src/build/compile-content.ts';
import { reportPage, reportRows } from '../../src/build/vite-plugin-content-report.ts';
import { buildToday } from '../../src/build/today.ts';
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

test('files not reviewed for six months are marked due, oldest first', () => {
  const rows = reportRows(content, A_YEAR_LATER);
  assert.ok(rows.every((r) => r.due));
  assert.ok(reportRows(content, DAY_AFTER).every((r) => !r.due));
  assert.deepEqual(rows.map((r) => r.reviewed), [...rows.map((r) => r.reviewed)].sort());
});

test("the report's own text reads cleanly: plain sentences, dates in words, no placeholders or code left in", () => {
  const page = reportPage(reportRows(content, A_YEAR_LATER), A_YEAR_LATER);
  const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  assert.match(text, /Every content file, with the pages its facts come from and the date someone last checked it against them: oldest first\./);
  assert.match(text, /Built on 26 November 2027, from \d+ files\./);
  assert.match(text, /\d+ files were last checked more than six months ago\. Check each against its sources, then change its reviewed: date\./);
  assert.match(text, /files? ha(s|ve) facts still to check/);
  assert.match(text, /25 November 2026: due/);
  assert.doesNotMatch(text, /\{device\}|undefined|NaN|\(s\)|\[object/);
  assert.match(text, /Family agreement promises: Where my device lives/);
  const fresh = reportPage(reportRows(content, DAY_AFTER), DAY_AFTER).replace(/<[^>]+>/g, ' ');
  assert.match(fresh, /Every file was checked against its sources within the last six months\./);
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
