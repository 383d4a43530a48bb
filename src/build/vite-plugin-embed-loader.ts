/**
 * Writes dist/embed.js: the loader of src/embed/embed.ts as one minified classic script, with the map from tag to
 * the hashed component files of this build, every component's settings (loader-settings.ts) and each
 * component's files to start at once filled in; and beside it chunks/frame-host-<hash>.js, what embed.js fetches
 * only on a page with kit frames (src/embed/frame-host.ts).
 * It is compiled as a classic script on its own (classic-script.ts).
 */
import type { Plugin } from 'vite';
import type { EssentialHelp } from '../content/types.ts';
import { componentEntries } from './component-entries.ts';
import { loaderSettings } from './loader-settings.ts';
import { classicScript, scriptPart } from './classic-script.ts';
import { contentToStart } from './content-chunks.ts';

type OutputBundle = Parameters<NonNullable<Extract<Plugin['generateBundle'], (...a: never[]) => unknown>>>[1];

/**
 * Every file a component needs to run: its static imports, all the way down. Not the content it then imports:
 * a content file that hangs on a slow host must not take a connection before the component's own files have
 * theirs (browsers open six at a time to one host over HTTP/1.1), or the component could not draw its help.
 */
export function filesToStart(bundle: OutputBundle, entry: string): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    const chunk = bundle[file];
    if (seen.has(file) || chunk?.type !== 'chunk') return;
    seen.add(file);
    chunk.imports.forEach(walk);
  };
  walk(entry);
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
      // What only a page with kit frames on it needs, fetched by embed.js when a frame first speaks.
      const frameHost = await scriptPart('../embed/frame-host.ts', 'frame-host');
      this.emitFile({ type: 'asset', fileName: frameHost.fileName, source: frameHost.code });
      const script = await classicScript('../embed/embed.ts', {
        __SAFE_KIT_FRAME_HOST__: JSON.stringify(frameHost.fileName),
        __SAFE_KIT_COMPONENTS__: JSON.stringify(components),
        __SAFE_KIT_PRELOAD__: JSON.stringify(preload),
        __SAFE_KIT_CONTENT__: JSON.stringify(contentToStart(bundle, Object.fromEntries(Object.entries(components).map(([tag, file]) => [tag.slice(5), file])))),
        __SAFE_KIT_VERSION__: JSON.stringify(options.version),
        __SAFE_KIT_ESSENTIAL__: JSON.stringify(options.essential()),
        __SAFE_KIT_SETTINGS__: JSON.stringify(await loaderSettings()),
      });
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: `/*! safe-kit ${options.version} */\n${script}` });
    },
  };
}
