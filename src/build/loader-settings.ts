/**
 * Every component's declared settings (src/components/<name>/settings.ts), read at build time and written into
 * embed.js in the short form the loader checks against: `{ "help-links": "audience:w heading-level:1-5" }`.
 * embed.js is on every school page, so it carries a code per setting rather than the declarations themselves.
 *
 * Codes (the checks of settingProblem in src/shared/settings.ts): `w` one word, `t<max>` text of at most <max>
 * characters, `<min>-<max>` a whole number, `x` an exit address, `=<name>` an older name for the setting `<name>`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { transform } from 'esbuild';
import { isForbiddenName, textLimit, type Setting } from '../shared/settings.ts';
import { componentEntries } from './component-entries.ts';

/** Each component's settings as `name:code` separated by spaces: `"help-links": "audience:w heading-level:1-5"`. */
export type LoaderSettings = Record<string, string>;

function code(setting: Setting): string {
  switch (setting.kind) {
    case 'exit-address':
      return 'x';
    case 'number':
      if (setting.min < 0) throw new Error(`setting "${setting.name}": the loader's short form takes no negative numbers`);
      return `${setting.min}-${setting.max}`;
    case 'text':
    case 'phone':
    case 'email':
      return `t${textLimit(setting)}`;
    default:
      return 'w';
  }
}

/** One component's settings.ts, run as the plain data it is (it may import types only). */
async function declared(name: string, file: string): Promise<Setting[]> {
  if (!existsSync(file)) {
    throw new Error(`src/components/${name}/settings.ts is missing: every component declares its settings (an empty list if it has none), or the loader would give it none.`);
  }
  const { code: js } = await transform(readFileSync(file, 'utf8'), { loader: 'ts', format: 'cjs' });
  if (/\brequire\(/.test(js)) throw new Error(`src/components/${name}/settings.ts: a settings declaration is plain data and may import types only.`);
  const module = { exports: {} as { settings?: Setting[] } };
  new Function('module', 'exports', js)(module, module.exports);
  if (!Array.isArray(module.exports.settings)) throw new Error(`src/components/${name}/settings.ts must export \`settings\`, a list.`);
  return module.exports.settings;
}

export async function loaderSettings(): Promise<LoaderSettings> {
  const all: LoaderSettings = {};
  for (const [name, define] of Object.entries(componentEntries())) {
    const settings: string[] = [];
    for (const setting of await declared(name, define.replace(/define\.ts$/, 'settings.ts'))) {
      // The loader sets it as an attribute: never script (on…), looks (style), addresses (href, src) or id. (An
      // older name is only read: the exit's `href` is checked and set as `exit-href`.)
      if (isForbiddenName(setting.name)) {
        throw new Error(`src/components/${name}/settings.ts: "${setting.name}" can never be a setting: the loader never sets on…, style, href, src or id.`);
      }
      settings.push(`${setting.name}:${code(setting)}`);
      if (setting.formerly) settings.push(`${setting.formerly}:=${setting.name}`);
    }
    all[name] = settings.join(' ');
  }
  return all;
}
