/**
 * Writes dist/embed.js: the loader of src/embed/embed.ts as one minified classic script, with the map from tag to
 * the hashed component files of this build filled in.
 *
 * esbuild compiles it on its own (not through Vite's bundle) because it must be a classic script with no imports:
 * a module cannot find itself through document.currentScript, and Vite's ES output cannot be a classic script.
 */
import { transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { EssentialHelp } from '../content/types.ts';
import { componentEntries } from './component-entries.ts';

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
      const source = readFileSync(new URL('../embed/embed.ts', import.meta.url), 'utf8');
      const { code } = await transform(source, {
        loader: 'ts',
        format: 'iife',
        target: 'es2020',
        minify: true,
        legalComments: 'none',
        define: {
          __SAFE_KIT_COMPONENTS__: JSON.stringify(components),
          __SAFE_KIT_VERSION__: JSON.stringify(options.version),
          __SAFE_KIT_ESSENTIAL__: JSON.stringify(options.essential()),
        },
      });
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: `/*! safe-kit ${options.version} */\n${code}` });
    },
  };
}
