/**
 * Compiles one of the kit's classic scripts (embed.js, frame/frame.js) on its own, as one minified file with no
 * imports: a classic script can find itself through document.currentScript and be pasted anywhere, which a
 * module cannot. Vite's ES output cannot be a classic script, so esbuild bundles these apart from it.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** @param entry the script's source, relative to src/build/; @param define build-time constants it reads. */
export async function classicScript(entry: string, define: Record<string, string> = {}): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    define,
  });
  return outputFiles[0].text;
}
