/**
 * Content in layers: a council's folder over the national content/ (test/fixtures/councils/example/, built as
 * the example council's kit). Same name replaces, a new name adds, `hidden: true` removes, `draft: true` is
 * checked but not published; every item keeps its file and layer; and each mistake names its file and line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileAll, compileWithWarnings } from '../../src/build/compile-content.ts';
import { councilFolder, CouncilFolderError } from '../../src/build/layers/council-folder.ts';
import { originOf } from '../../src/build/layers/layers.ts';
import { copyOfContent, lineContaining, PROJECT } from './helpers.ts';

const EXAMPLE = 'test/fixtures/councils/example';
const example = () => councilFolder(PROJECT, { SAFE_KIT_COUNCIL: EXAMPLE })!;
const fixture = (file: string) => readFileSync(join(PROJECT, EXAMPLE, file), 'utf8');
const national = compileAll({ cwd: PROJECT });
const layered = compileAll({ cwd: PROJECT, council: example() });
const ids = (items: { id: string }[]) => items.map((i) => i.id);

/** A copy of the example council folder beside a copy of content/, to break. */
function copies() {
  const content = copyOfContent();
  const council = join(content.root, 'example');
  cpSync(join(PROJECT, EXAMPLE), council, { recursive: true });
  const problems = () => compileWithWarnings({ cwd: content.root, contentDir: content.content, council: { name: 'example', dir: council } }).problems;
  return { content, council, problems };
}

test('a council file with a national file\'s name replaces it', () => {
  const police = layered.services.find((s) => s.id === 'police')!;
  assert.notEqual(police.name, national.services.find((s) => s.id === 'police')!.name);
  assert.match(fixture('services/police.md'), new RegExp(`name: ${police.name.replace(/[()]/g, '\\$&')}`));
  assert.equal(layered.services.filter((s) => s.id === 'police').length, 1);
  assert.deepEqual(originOf(police), { ...originOf(police)!, file: `${EXAMPLE}/services/police.md`, layer: 'example' });
});

test('a new name adds an item; national items the council leaves alone stay, from the national layer', () => {
  assert.ok(!ids(national.services).includes('lado'));
  assert.ok(ids(layered.services).includes('lado') && ids(layered.services).includes('front-door'));
  const childline = layered.services.find((s) => s.id === 'childline')!;
  assert.equal(originOf(childline)?.layer, 'national');
  assert.equal(originOf(childline)?.file, 'content/services/childline.md');
});

test('hidden: true removes the national item from the council\'s kit', () => {
  assert.match(fixture('services/samaritans.md'), /^hidden: true$/m);
  assert.ok(ids(national.services).includes('samaritans'));
  assert.ok(!ids(layered.services).includes('samaritans'));
});

test('draft: true is checked, warned about, and not published', () => {
  const { content, warnings, problems } = compileWithWarnings({ cwd: PROJECT, council: example() });
  assert.deepEqual(problems, []);
  assert.ok(!ids(content.services).includes('draft-service'));
  const file = `${EXAMPLE}/services/draft-service.md`;
  const warning = warnings.find((w) => w.file === file);
  assert.ok(warning, JSON.stringify(warnings));
  assert.equal(warning.line, lineContaining(fixture('services/draft-service.md'), 'draft: true'));
});

test('a school\'s details compile with the council they belong to', () => {
  assert.deepEqual(ids(layered.schools), ['brookside-infants', 'hillside-primary']);
  assert.deepEqual(national.schools, []);
});

test('mistakes in a council folder name the council\'s file and line, all at once', () => {
  const { council, problems } = copies();
  const hide = (id: string) => writeFileSync(join(council, 'services', `${id}.md`), '---\nhidden: true\nname: Left over\n---\n');
  hide('no-such-service');
  hide('childnet');
  writeFileSync(join(council, 'schools/hillside-primary.md'), fixture('schools/hillside-primary.md').replace('council: example', 'council: southshire'));
  const found = problems();
  const at = (file: string) => found.filter((p) => p.file === `example/${file}`);
  assert.equal(at('services/no-such-service.md').length, 1, JSON.stringify(found));
  assert.match(at('services/no-such-service.md')[0].message, /no item "no-such-service" below this folder to hide — /);
  assert.deepEqual(at('services/childnet.md').map((p) => [p.line, /"name" has no effect/.test(p.message)]), [[3, true]]);
  const school = at('schools/hillside-primary.md')[0];
  assert.match(school.message, /this school is in "southshire", but this kit is built with the council folder "example"/);
  assert.equal(school.line, lineContaining(readFileSync(join(council, 'schools/hillside-primary.md'), 'utf8'), 'council:'));
});

test('hidden: true in the national folder is refused: delete the file there', () => {
  const content = copyOfContent();
  content.edit('services/childnet.md', () => '---\nhidden: true\n---\n');
  const { problems } = compileWithWarnings({ cwd: content.root, contentDir: content.content });
  assert.ok(problems.some((p) => p.file === 'content/services/childnet.md' && /delete the file instead/.test(p.message)), JSON.stringify(problems));
});

test('a council file that breaks a collection rule is reported on the council\'s file', () => {
  const { council, problems } = copies();
  // A second "emergency: true" (the council's police file, in place of the national one, is the first).
  writeFileSync(join(council, 'services/lado.md'), fixture('services/lado.md').replace('email:', 'emergency: true\nemail:'));
  const found = problems();
  assert.deepEqual(found.map((p) => p.file), ['example/services/lado.md'], JSON.stringify(found));
  assert.match(found[0].message, /exactly one service must have "emergency: true"/);
});

test('the council folder comes from SAFE_KIT_COUNCIL, else from safe-kit.yml; a missing one is named', () => {
  const root = mkdtempSync(join(tmpdir(), 'safe-kit-config-'));
  mkdirSync(join(root, 'councils/northshire'), { recursive: true });
  assert.equal(councilFolder(root, {}), undefined);
  writeFileSync(join(root, 'safe-kit.yml'), '# Our council\ncouncil: councils/northshire\n');
  assert.deepEqual(councilFolder(root, {}), { name: 'northshire', dir: join(root, 'councils/northshire') });
  assert.equal(councilFolder(root, { SAFE_KIT_COUNCIL: 'councils/northshire' })?.name, 'northshire');
  writeFileSync(join(root, 'safe-kit.yml'), '# Our council\ncouncil: councils/north-shire\n');
  assert.throws(() => councilFolder(root, {}), (e: unknown) => e instanceof CouncilFolderError && e.line === 2 && /safe-kit\.yml:2: the council folder "councils\/north-shire" .* does not exist — /.test(e.message));
});
