/**
 * Writes dist/embed.js: the loader of src/embed/embed.ts as one minified classic script, with the map from tag to
 * the hashed component files of this build filled in.
 *
 * esbuild bundles it on its own (not through Vite's bundle) because it must be a classic script with no imports:
 * a module cannot find itself through document.currentScript, and Vite's ES output cannot be a classic script.
 */
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Plugin } from 'vite';
import type { EssentialHelp } from '../content/types.ts';
import { componentEntries } from './component-entries.ts';

/**
 * The module `safe-kit:settings` that embed.js imports: every component's declared settings (its folder's
 * settings.ts), by component name, so the loader copies only those. Found like the components themselves: a new
 * component's settings need no list kept anywhere else.
 */
const componentSettings: EsbuildPlugin = {
  name: 'safe-kit-settings',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^safe-kit:settings$/ }, () => ({ path: 'settings', namespace: 'safe-kit' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'safe-kit' }, () => {
      const entries = Object.entries(componentEntries()).map(([name, define], i) => ({ name, file: define.replace(/define\.ts$/, 'settings.ts'), i }));
      const missing = entries.filter((e) => !existsSync(e.file));
      if (missing.length) {
        return { errors: missing.map((e) => ({ text: `src/components/${e.name}/settings.ts is missing: every component declares its settings (an empty list if it has none), or the loader would give it none.` })) };
      }
      return {
        contents: [
          ...entries.map((e) => `import { settings as s${e.i} } from ${JSON.stringify(e.file)};`),
          `export default { ${entries.map((e) => `${JSON.stringify(e.name)}: s${e.i}`).join(', ')} };`,
        ].join('\n'),
        resolveDir: dirname(entries[0]?.file ?? '.'),
        loader: 'ts',
      };
    });
  },
};

export function embedLoader(options: { version: string; essential: () => EssentialHelp }): Plugin {
  return {
    name: 'safe-embed-loader',
    async generateBundle(_, bundle) {
      const components: Record<string, string> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && chunk.name in componentEntries()) {
          components[`safe-${chunk.name}`] = chunk.fileName;
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
        plugins: [componentSettings],
        define: {
          __SAFE_KIT_COMPONENTS__: JSON.stringify(components),
          __SAFE_KIT_VERSION__: JSON.stringify(options.version),
          __SAFE_KIT_ESSENTIAL__: JSON.stringify(options.essential()),
        },
      });
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: `/*! safe-kit ${options.version} */\n${outputFiles[0].text}` });
    },
  };
}
