/**
 * Packs integrations/wordpress/ into the zip a webmaster uploads (Plugins → Add New → Upload Plugin), with the
 * kit's plain help written in from the content files (fallback-help.json), so the numbers and words inside every
 * placeholder are the kit's own and change with them. The plugin's list of components and settings
 * (components.json) and its version are checked against the kit's, so they cannot drift apart unnoticed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { EssentialLink, Service } from '../content/types.ts';
import { essentialLinksFor } from '../content/essential-links.ts';
import { essentialHelp } from './essential-help.ts';

export const PLUGIN_SLUG = 'online-safety-kit';
/** Files in the folder that are for the repository's readers, not for WordPress. */
const LEFT_OUT = new Set(['README.md']);
/** Fixed times in the zip: the same sources give the same bytes. */
const ZIP_TIME = new Date('2026-01-01T00:00:00Z');

export interface FallbackHelp {
  emergency: { number: string }[];
  /** The plain help for everyone, and for children (a children's panel leaves out the adults' helpline). */
  links: { everyone: EssentialLink[]; children: EssentialLink[] };
  exitHref: string;
}

/** The plain help inside each placeholder: the same services, numbers and notes the kit's loader shows. */
export function fallbackHelp(services: Service[], exitHref: string): FallbackHelp {
  const essential = essentialHelp(services);
  return {
    emergency: essential.emergency.slice(0, 1).map((p) => ({ number: p.number })),
    links: { everyone: essentialLinksFor(essential), children: essentialLinksFor(essential, 'children') },
    exitHref,
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Problems that stop the build: each names the file and what to change. */
export function checkPlugin(pluginDir: string, options: { version: string; components: Record<string, string>; componentsDir: string }): string[] {
  const problems: string[] = [];
  const versioned: [string, RegExp][] = [
    [`${PLUGIN_SLUG}.php`, /^ \* Version:\s*(\S+)/m],
    [`${PLUGIN_SLUG}.php`, /ONLINE_SAFETY_KIT_VERSION = '([^']+)'/],
    ['readme.txt', /^Stable tag:\s*(\S+)/m],
    ['block/editor.asset.php', /'version'\s*=>\s*'([^']+)'/],
  ];
  for (const [file, pattern] of versioned) {
    const found = readFileSync(join(pluginDir, file), 'utf8').match(pattern)?.[1];
    if (found !== options.version) {
      problems.push(`integrations/wordpress/${file}: the version is ${found ?? 'missing'}; write ${options.version}, the kit's version in package.json.`);
    }
  }
  const listed = JSON.parse(readFileSync(join(pluginDir, 'components.json'), 'utf8')) as {
    components: Record<string, { settings: Record<string, string[]>; site?: string[] }>;
  };
  for (const [name, component] of Object.entries(listed.components)) {
    if (!options.components[name]) {
      problems.push(`integrations/wordpress/components.json: "${name}" is not one of the kit's components (${Object.keys(options.components).join(', ')}).`);
      continue;
    }
    const readme = readFileSync(join(options.componentsDir, name, 'README.md'), 'utf8');
    for (const setting of [...Object.keys(component.settings), ...(component.site ?? [])]) {
      if (!readme.includes(`| \`${setting}\``)) {
        problems.push(`integrations/wordpress/components.json: "${name}" has no setting "${setting}" in src/components/${name}/README.md; remove it or use the README's name.`);
      }
    }
  }
  return problems;
}

/** The installable zip: every file under one folder named for the plugin, as WordPress expects. */
export function packPlugin(pluginDir: string, generated: Record<string, string>): Uint8Array {
  const files: Zippable = {};
  for (const path of filesUnder(pluginDir)) {
    const name = relative(pluginDir, path).split(sep).join('/');
    if (LEFT_OUT.has(name)) continue;
    files[`${PLUGIN_SLUG}/${name}`] = [readFileSync(path), { mtime: ZIP_TIME }];
  }
  for (const [name, text] of Object.entries(generated)) {
    files[`${PLUGIN_SLUG}/${name}`] = [new TextEncoder().encode(text), { mtime: ZIP_TIME }];
  }
  return zipSync(files, { level: 9 });
}
