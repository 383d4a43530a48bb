/**
 * The kit built as for a council with 1,000 guides: the real guides, then each real guide's file again under a new
 * name with a name, summary and search terms of words drawn (from a fixed seed) from the real guides, so that the
 * lists hold as many different words as 1,000 real guides would, and compress no better than they would.
 *
 * Used by the size budget (test/build/size-brotli.test.ts) and, as dist-many-guides/, by the browser tests of the
 * guides list's first view (`npm run build:many-guides`; served at /council/many-guides/kit/).
 *
 *   tsx test/build/many-guides.ts <out>   builds into <out> (a folder, replaced)
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
export const MANY_GUIDES = 1000;

/** Builds the kit with 1,000 guides into `out`; throws with the build's own words if it fails. */
export function buildWithManyGuides(out: string): void {
  const root = mkdtempSync(join(tmpdir(), 'safe-kit-many-guides-'));
  const content = join(root, 'content');
  cpSync(join(PROJECT, 'content'), content, { recursive: true });
  const guides = join(content, 'guides');
  const originals = readdirSync(guides).filter((f) => f.endsWith('.md'));
  const words = [...new Set(originals.flatMap((f) => readFileSync(join(guides, f), 'utf8').match(/[A-Za-z]{3,}/g) ?? []))];
  let seed = 14;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const some = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
  for (let i = originals.length; i < MANY_GUIDES; i++) {
    const from = originals[i % originals.length];
    const text = readFileSync(join(guides, from), 'utf8')
      .replace(/^name: .*$/m, `name: ${some(2)} ${i}`)
      .replace(/^summary: .*$/m, `summary: ${some(22)}.`)
      .replace(/^search-terms:\n(  - .*\n)+/m, `search-terms:\n  - ${some(1)}\n  - ${some(2)}\n  - ${some(1)}\n`);
    writeFileSync(join(guides, `${from.slice(0, -3)}-${i}.md`), text);
  }
  const result = spawnSync(process.execPath, [join(PROJECT, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, SAFE_KIT_CONTENT: content, SAFE_KIT_OUT: out },
  });
  rmSync(root, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`the build with ${MANY_GUIDES} guides failed:\n${result.stderr}${result.stdout}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: tsx test/build/many-guides.ts <out>');
  buildWithManyGuides(resolve(PROJECT, out));
  console.log(`The kit with ${MANY_GUIDES} guides is in ${out}/`);
}
