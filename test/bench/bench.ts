/**
 * npm run bench: how long things take, for people to read (timings never go in tests).
 * - the build, from content to dist/;
 * - the content compiler on the slowest text it accepts, at the size limit;
 * - in Chromium, from navigation to the first panel with its services shown, for each demo page, cold cache.
 * Serves dist/ on 127.0.0.1 only; runs a fixed number of times and prints the median and the spread.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath, CHROMIUM_ARGS } from '../browsers.mjs';
import { benchContentLimits } from './content-limits.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (what: string, xs: number[]) =>
  console.log(`${what.padEnd(52)} median ${median(xs).toFixed(0).padStart(5)} ms   (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, ${xs.length} runs)`);

function benchBuild() {
  const times: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    times.push(performance.now() - start);
  }
  line('build (content → dist/)', times);
}

async function benchRender() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(ROOT, 'dist', path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await puppeteer.launch({ executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    for (const page of ['demo/index.html']) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.createBrowserContext();
        const tab = await context.newPage();
        const start = performance.now();
        await tab.goto(`http://127.0.0.1:${port}/${page}`);
        await tab.waitForFunction(() => document.querySelector('safe-help-links')?.shadowRoot?.querySelector('[data-service]'));
        times.push(performance.now() - start);
        await context.close();
      }
      line(`first panel shown, cold cache (${page})`, times);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

benchBuild();
benchContentLimits(Math.min(RUNS, 3), line);
await benchRender();
