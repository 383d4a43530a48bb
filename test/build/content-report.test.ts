import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileAll } from '../../src/build/compile-content.ts';
import { reportRows } from '../../src/build/vite-plugin-content-report.ts';
import { PROJECT } from './helpers.ts';

test('the content report lists every content file with its source and review date', () => {
  const rows = reportRows(compileAll());
  const files = readdirSync(join(PROJECT, 'content'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md') && !/readme\.md$/i.test(f))
    .map((f) => `content/${f.split('\\').join('/')}`)
    .sort();
  assert.deepEqual(rows.map((r) => r.file).sort(), files);
  for (const row of rows) {
    const text = readFileSync(join(PROJECT, row.file), 'utf8');
    assert.ok(text.includes(`source: ${row.source}`), row.file);
    assert.ok(text.includes(`reviewed: ${row.reviewed}`), row.file);
  }
});

test('files not reviewed for six months are marked due, oldest first', () => {
  const content = compileAll();
  const inAYear = new Date(Date.now() + 365 * 86_400_000);
  const rows = reportRows(content, inAYear);
  assert.ok(rows.every((r) => r.due));
  assert.ok(reportRows(content).every((r) => !r.due));
  assert.deepEqual(rows.map((r) => r.reviewed), [...rows.map((r) => r.reviewed)].sort());
});

test('the published report holds every row', () => {
  const published = JSON.parse(readFileSync(join(PROJECT, 'dist/content-report.json'), 'utf8'));
  assert.equal(published.length, reportRows(compileAll()).length);
  assert.match(readFileSync(join(PROJECT, 'dist/content-report.html'), 'utf8'), /<table>/);
});
