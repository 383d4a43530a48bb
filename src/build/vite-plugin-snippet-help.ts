/**
 * Writes dist/demo/essential-help.json: the help every snippet that Get the code prints carries inside it (999,
 * Childline, the NSPCC with its note…), from the same content as the components' own fallback, so a snippet is
 * never blank even when embed.js cannot load at all.
 */
import type { Plugin } from 'vite';
import type { EssentialHelp } from '../content/types.ts';

export function snippetHelp(options: { essential: () => EssentialHelp }): Plugin {
  return {
    name: 'safe-snippet-help',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'demo/essential-help.json', source: `${JSON.stringify(options.essential(), null, 2)}\n` });
    },
  };
}
