/**
 * Compiles one of the kit's classic scripts (embed.js, frame/frame.js) on its own, as one minified file with no
 * imports: a classic script can find itself through document.currentScript and be pasted anywhere, which a
 * module cannot. Vite's ES output cannot be a classic script, so esbuild bundles these apart from it.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

/** @param entry the script's source, relative to src/build/; @param define build-time constants it reads. */
export async function classicScript(entry: string, define: Record<string, string> = {}, format: 'iife' | 'esm' = 'iife'): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    format,
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    define,
  });
  return outputFiles[0].text;
}

/**
 * A part of a classic script that only some pages need, compiled the same way as a module of its own that the
 * script imports when a page needs it (embed.js's frame host). @returns its code and a name with its hash.
 */
export async function scriptPart(entry: string, name: string): Promise<{ fileName: string; code: string }> {
  const code = await classicScript(entry, {}, 'esm');
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
  return { fileName: `chunks/${name}-${hash}.js`, code };
}
