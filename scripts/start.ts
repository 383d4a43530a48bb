/**
 * `npm start`: builds the kit, opens the demo, and rebuilds on every save (see src/build/live-preview.ts).
 * PORT sets the port (default 4173). SAFE_KIT_COUNCIL / safe-kit.yml and SAFE_KIT_TODAY work as in the build.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildOnce, startPreview } from '../src/build/live-preview.ts';
import { contentOptions } from '../src/build/content-check.ts';

const root = resolve(import.meta.dirname, '..');
const options = contentOptions(root);
const build = () => buildOnce(root, process.env);
const preview = await startPreview({
  root,
  outDir: resolve(root, process.env.SAFE_KIT_OUT ?? 'dist'),
  watched: [options.contentDir ?? join(root, 'content'), ...(options.council ? [options.council.dir] : []), join(root, 'src'), join(root, 'demo')],
  port: Number(process.env.PORT ?? 4173),
  build,
});
await preview.rebuild();
const demo = `${preview.url}demo/`;
console.log(`\nThe demo: ${demo}\nSave any content file and the open pages reload with it. Ctrl+C stops.\n`);
// Open the demo in the computer's browser, where there is one to open.
const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
if (!process.env.CI) spawn(opener, [demo], { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
