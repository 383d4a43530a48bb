/**
 * The WordPress plugin's zip, as the build writes it into dist/: what WordPress needs to install it, the kit's own
 * plain help inside it, and a build stopped when the plugin and the kit fall out of step. (The plugin at work in
 * a real WordPress is tested in test/wordpress/.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { componentEntries } from '../../src/build/component-entries.ts';
import { checkPlugin } from '../../src/build/wordpress-plugin.ts';
import { PROJECT } from './helpers.ts';

const ZIP = join(PROJECT, 'dist/wordpress/online-safety-kit.zip');
const { version } = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { version: string };
const files = existsSync(ZIP) ? unzipSync(readFileSync(ZIP)) : {};
const text = (name: string) => strFromU8(files[`online-safety-kit/${name}`] ?? new Uint8Array());

test('the zip holds the plugin in one folder named for it, as Upload Plugin expects', () => {
  assert.ok(existsSync(ZIP), 'run npm run build first');
  for (const name of ['online-safety-kit.php', 'readme.txt', 'uninstall.php', 'block/block.json', 'block/editor.js', 'components.json', 'fallback-help.json']) {
    assert.ok(files[`online-safety-kit/${name}`], `${name} is in the zip`);
  }
  assert.deepEqual(Object.keys(files).filter((f) => !f.startsWith('online-safety-kit/')), []);
  assert.match(text('online-safety-kit.php'), new RegExp(`^ \\* Plugin Name: +Online Safety Kit$[\\s\\S]*^ \\* Version: +${version}$[\\s\\S]*^ \\* Text Domain: +online-safety-kit$`, 'm'));
});

test("readme.txt is in WordPress's format, at the kit's version", () => {
  const readme = text('readme.txt');
  assert.match(readme, /^=== Online Safety Kit ===\n/);
  for (const header of ['Requires at least', 'Tested up to', 'Requires PHP', 'License']) assert.match(readme, new RegExp(`^${header}: \\S`, 'm'));
  assert.match(readme, new RegExp(`^Stable tag: ${version.replace(/\./g, '\\.')}$`, 'm'));
  for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) assert.match(readme, new RegExp(`^== ${section} ==$`, 'm'));
});

test("the plain help inside every placeholder is the kit's own, from its content files", () => {
  type Link = { name: string; phone?: string; note?: string };
  const help = JSON.parse(text('fallback-help.json')) as { emergency: { number: string }[]; links: { everyone: Link[]; children: Link[] } };
  assert.equal(help.emergency[0]?.number, '999');
  const nspcc = help.links.everyone.find((l) => l.name.startsWith('NSPCC'));
  assert.equal(nspcc?.note, 'see the website for opening times');
  assert.ok(help.links.everyone.some((l) => l.name === 'Childline' && l.phone === '0800 1111'));
  assert.ok(help.links.children.some((l) => l.name === 'Childline'), "Childline is in children's help");
  assert.ok(!help.links.children.some((l) => l.name.startsWith('NSPCC')), "children's help leaves out the adults' helpline");
});

test('every PHP file passes php -l', { skip: spawnSync('php', ['-v']).error ? 'php is not installed here' : false }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'safe-kit-php-'));
  for (const [name, bytes] of Object.entries(files).filter(([n]) => n.endsWith('.php'))) {
    const path = join(folder, name.replace(/\//g, '_'));
    writeFileSync(path, bytes);
    const lint = spawnSync('php', ['-l', path], { encoding: 'utf8' });
    assert.equal(lint.status, 0, `${name}: ${lint.stdout}${lint.stderr}`);
  }
  rmSync(folder, { recursive: true, force: true });
});

test('a plugin out of step with the kit is named, file and fix, and stops the build', () => {
  const folder = mkdtempSync(join(tmpdir(), 'safe-kit-wp-'));
  cpSync(join(PROJECT, 'integrations/wordpress'), folder, { recursive: true });
  const options = { version, components: componentEntries(), componentsDir: join(PROJECT, 'src/components') };
  assert.deepEqual(checkPlugin(folder, options), []);

  const listed = JSON.parse(readFileSync(join(folder, 'components.json'), 'utf8'));
  listed.components['help-links'].settings.colour = ['red'];
  listed.components['no-such-part'] = { settings: {} };
  writeFileSync(join(folder, 'components.json'), JSON.stringify(listed));
  const problems = checkPlugin(folder, { ...options, version: '9.9.9' });
  assert.ok(problems.some((p) => p.startsWith('integrations/wordpress/online-safety-kit.php: the version is') && p.includes('write 9.9.9')));
  assert.ok(problems.some((p) => p.startsWith('integrations/wordpress/readme.txt: the version is')));
  assert.ok(problems.some((p) => p.includes('"help-links" has no setting "colour" in src/components/help-links/README.md')));
  assert.ok(problems.some((p) => p.includes('"no-such-part" is not one of the kit\'s components')));
  rmSync(folder, { recursive: true, force: true });
});
