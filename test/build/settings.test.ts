/**
 * Each component's settings declaration (src/components/<name>/settings.ts), which the loader copies settings by,
 * says the same as the settings table in its README, and can never let through a name that runs script.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT } from './helpers.ts';
import { componentEntries } from '../../src/build/component-entries.ts';
import { isForbiddenName, settingProblem, type Setting } from '../../src/shared/settings.ts';

async function declared(name: string): Promise<Setting[]> {
  const file = join(PROJECT, 'src/components', name, 'settings.ts');
  return ((await import(pathToFileURL(file).href)) as { settings: Setting[] }).settings;
}

/** The names in the first column of the README's settings table (the one headed `| attribute |`). */
function documented(name: string): string[] {
  const readme = readFileSync(join(PROJECT, 'src/components', name, 'README.md'), 'utf8').split('\n');
  const start = readme.findIndex((line) => /^\|\s*attribute\s*\|/.test(line));
  if (start < 0) return [];
  const rows = [];
  for (const line of readme.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const name = /^\|\s*`([^`]+)`/.exec(line)?.[1];
    assert.ok(name, `${name}'s README: a settings row without a \`name\` first: ${line}`);
    rows.push(name);
  }
  return rows;
}

for (const name of Object.keys(componentEntries())) {
  test(`${name}: its declared settings are the ones its README's table lists`, async () => {
    const settings = await declared(name);
    assert.deepEqual(
      settings.map((s) => s.name).sort(),
      documented(name).sort(),
      `src/components/${name}/settings.ts and the attribute table of src/components/${name}/README.md must list the same settings`,
    );
  });

  test(`${name}: no declared setting is an event handler, style, id, src or href, and each is a plain name`, async () => {
    for (const setting of await declared(name)) {
      assert.equal(isForbiddenName(setting.name), false, setting.name);
      assert.match(setting.name, /^[a-z]+(-[a-z]+)*$/);
      if (setting.formerly) assert.match(setting.formerly, /^[a-z]+(-[a-z]+)*$/);
    }
  });
}

test('a quick exit\'s Shift window of 0 or less would switch it off, and is refused', async () => {
  const shift = (await declared('exit')).find((s) => s.name === 'shift-window')!;
  for (const value of ['0', '-1', '-5000', '', 'soon', '1e9', '5000.5']) assert.notEqual(settingProblem(shift, value), '', value);
  for (const value of ['1', '5000', '600000']) assert.equal(settingProblem(shift, value), '', value);
});

test('the loader never sets on…, style, id, src or href, whatever their case', () => {
  for (const name of ['onclick', 'ONMOUSEOVER', 'onfocus', 'style', 'Style', 'id', 'src', 'href']) assert.equal(isForbiddenName(name), true, name);
  for (const name of ['audience', 'heading-level', 'exit-href', 'dsl-name', 'guide']) assert.equal(isForbiddenName(name), false, name);
});
