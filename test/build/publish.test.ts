/**
 * The build as a content editor runs it: a broken file stops it with path:line: message, and the published
 * folder is left exactly as it was; a good build replaces it whole.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyOfContent, lineContaining, PROJECT } from './helpers.ts';
import { copyOfProject, fingerprint, type ProjectCopy } from './project-copy.ts';

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

/*
 * A build can fail for reasons that are not content: a plugin that throws, a component importing a file that is
 * not there. Vite reports these at different stages (some reach no buildEnd at all), and an earlier build that
 * crashed may have left a dist.next/ behind: in every case the published folder must stay byte for byte as it was.
 */
describe('a build that fails for a reason other than content leaves the published folder byte-identical', () => {
  let project: ProjectCopy;
  let published: string;
  before(() => {
    project = copyOfProject();
    published = join(project.root, 'previous-build');
    const good = project.build(published);
    assert.equal(good.status, 0, good.stderr);
  });
  after(() => rmSync(project.root, { recursive: true, force: true }));

  const brokenPlugin = (hook: string) => (config: string) =>
    config.replace('plugins: [', `plugins: [\n    { name: 'broken-for-the-test', ${hook}() { throw new Error('the ${hook} plugin broke'); } },`);
  const failures: { name: string; file: string; change: (text: string) => string; says: RegExp }[] = [
    {
      name: 'a component imports a file that does not exist',
      file: 'src/components/exit/define.ts',
      change: (t) => `${t}\nimport './no-such-file.ts';\n`,
      says: /no-such-file/,
    },
    { name: 'a plugin throws as the build starts', file: 'vite.config.ts', change: brokenPlugin('buildStart'), says: /the buildStart plugin broke/ },
    { name: 'a plugin throws while the pages are generated', file: 'vite.config.ts', change: brokenPlugin('generateBundle'), says: /the generateBundle plugin broke/ },
    { name: 'a plugin throws after the files are written', file: 'vite.config.ts', change: brokenPlugin('writeBundle'), says: /the writeBundle plugin broke/ },
  ];

  for (const failure of failures) {
    for (const stale of [false, true]) {
      test(`${failure.name}${stale ? ', with a dist.next/ left by an earlier crashed build' : ''}`, { timeout: 180_000 }, (t) => {
        const broken = copyOfProject();
        t.after(() => rmSync(broken.root, { recursive: true, force: true }));
        broken.edit(failure.file, failure.change);
        const out = join(broken.root, 'dist');
        cpSync(published, out, { recursive: true });
        if (stale) {
          // What a crash half-way through writing leaves: an older build with a file changed and one missing.
          cpSync(published, `${out}.next`, { recursive: true });
          writeFileSync(join(`${out}.next`, 'embed.js'), '/* half written */');
          rmSync(join(`${out}.next`, 'frame'), { recursive: true });
        }
        const before = fingerprint(out);
        const result = broken.build(out);
        assert.notEqual(result.status, 0, 'the build should fail');
        assert.match(result.stderr + result.stdout, failure.says, 'the build says what failed');
        assert.deepEqual(fingerprint(out), before, 'the published folder changed');
        assert.ok(!existsSync(`${out}.previous`), 'nothing left half-swapped beside it');
      });
    }
  }
});

test('a published folder that a stopped publish left as dist.previous/ is put back, even by a build that fails', { timeout: 180_000 }, (t) => {
  const broken = copyOfProject();
  t.after(() => rmSync(broken.root, { recursive: true, force: true }));
  broken.edit('src/components/exit/define.ts', (t) => `${t}\nimport './no-such-file.ts';\n`);
  const out = join(broken.root, 'dist');
  mkdirSync(`${out}.previous`);
  writeFileSync(join(`${out}.previous`, 'embed.js'), '/* the build readers have */');
  const before = fingerprint(`${out}.previous`);
  const result = broken.build(out);
  assert.notEqual(result.status, 0, 'the build should fail');
  assert.deepEqual(fingerprint(out), before);
  assert.ok(!existsSync(`${out}.previous`));
});
