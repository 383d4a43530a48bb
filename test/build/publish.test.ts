/**
 * The build as a content editor runs it: a broken file stops it with path:line: message, and the published
 * folder is left exactly as it was; a good build replaces it whole.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyOfContent, lineContaining, PROJECT } from './helpers.ts';

function build(content: string, out: string) {
  return spawnSync(process.execPath, [join(PROJECT, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: PROJECT,
    env: { ...process.env, SAFE_KIT_CONTENT: content, SAFE_KIT_OUT: out },
    encoding: 'utf8',
  });
}

test('a broken content file stops the build with path:line: message and leaves the previous output untouched', () => {
  const copy = copyOfContent();
  copy.edit('services/childline.md', (t) => t.replace(/^url: https:/m, 'url: http:'));
  const out = join(copy.root, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'embed.js'), '/* the previous build */');
  const result = build(copy.content, out);
  assert.notEqual(result.status, 0, 'the build should fail');
  const line = lineContaining(readFileSync(join(copy.content, 'services/childline.md'), 'utf8'), 'url:');
  assert.match(result.stderr, new RegExp(`content/services/childline\\.md:${line}: url "http://www\\.childline\\.org\\.uk/": write the full address, starting https://`));
  assert.deepEqual(readdirSync(out), ['embed.js']);
  assert.equal(readFileSync(join(out, 'embed.js'), 'utf8'), '/* the previous build */');
  assert.equal(existsSync(`${out}.next`) && readdirSync(`${out}.next`).length > 0, false, 'no half-built output left beside it');
});

test('a good build replaces the previous output whole', () => {
  const copy = copyOfContent();
  const out = join(copy.root, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'stale-file-from-an-old-build.js'), '');
  const result = build(copy.content, out);
  assert.equal(result.status, 0, result.stderr);
  const files = readdirSync(out);
  assert.ok(files.includes('embed.js') && files.includes('components') && files.includes('frame') && files.includes('demo'), files.join());
  assert.ok(!files.includes('stale-file-from-an-old-build.js'));
  assert.ok(!existsSync(`${out}.next`));
  assert.match(result.stdout, /help-links\s+[\d.]+ KB gzip/, 'the build reports each embed\'s gzip size');
});
