/**
 * Writes dist/embed.js: the loader of src/embed/embed.ts as one minified classic script, with the map from tag to
 * the hashed component files of this build, every component's settings (loader-settings.ts) and each
 * component's files to start at once filled in.
 *
 * esbuild bundles it on its own (not through Vite's bundle) because it must be a classic script with no imports:
 * a module cannot find itself through document.currentScript, and Vite's ES output cannot be a classic script.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { EssentialHelp } from '../content/types.ts';
import { componentEntries } from './component-entries.ts';
import { loaderSettings } from './loader-settings.ts';
import { isItemModule } from './vite-plugin-content.ts';

type OutputBundle = Parameters<NonNullable<Extract<Plugin['generateBundle'], (...a: never[]) => unknown>>>[1];

/**
 * Every file a component needs before it shows its content: its static imports, all the way down, and the
 * content it imports when it starts; not one item's text (a guide's steps), which loads when a reader opens it.
 */
export function filesToStart(bundle: OutputBundle, entry: string): string[] {
  const seen = new Set<string>();
  const walk = (file: string, dynamic: boolean) => {
    const chunk = bundle[file];
    if (seen.has(file) || chunk?.type !== 'chunk' || (dynamic && isItemModule(chunk.facadeModuleId))) return;
    seen.add(file);
    chunk.imports.forEach((f) => walk(f, false));
    chunk.dynamicImports.forEach((f) => walk(f, true));
  };
  walk(entry, false);
  seen.delete(entry);
  return [...seen];
}

export function embedLoader(options: { version: string; essential: () => EssentialHelp }): Plugin {
  return {
    name: 'safe-embed-loader',
    async generateBundle(_, bundle) {
      const components: Record<string, string> = {};
      const preload: Record<string, string[]> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && chunk.name in componentEntries()) {
          components[`safe-${chunk.name}`] = chunk.fileName;
          preload[`safe-${chunk.name}`] = filesToStart(bundle, chunk.fileName);
        }
      }
      const { outputFiles } = await build({
        entryPoints: [fileURLToPath(new URL('../embed/embed.ts', import.meta.url))],
        bundle: true,
        write: false,
        format: 'iife',
        target: 'es2020',
        minify: true,
        legalComments: 'none',
        define: {
          __SAFE_KIT_COMPONENTS__: JSON.stringify(components),
          __SAFE_KIT_PRELOAD__: JSON.stringify(preload),
          __SAFE_KIT_VERSION__: JSON.stringify(options.version),
          __SAFE_KIT_ESSENTIAL__: JSON.stringify(options.essential()),
          __SAFE_KIT_SETTINGS__: JSON.stringify(await loaderSettings()),
        },
      });
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: `/*! safe-kit ${options.version} */\n${outputFiles[0].text}` });
    },
  };
}
