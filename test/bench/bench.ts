/**
 * npm run bench: what the kit costs a reader on a phone, against the school page's own static twin, in one run.
 * Times belong here and never in tests. Run `npm run build` first: it measures the built dist/.
 *
 * Every component, each way in (BENCH_WAYS, default `script,iframe`; `all` for every way), served compressed from
 * another origin (test/bench/reference-host.ts), under the mobile profile (test/bench/measure.ts), cold each time.
 * BENCH_RUNS rounds (default 3, about four minutes; 9 for a table to publish); in each, every component's every way and its static twin are loaded one after
 * another, in an order that turns each round, so a slow moment of the machine falls on all of them alike.
 * Prints a table (median, and min–max over the rounds) and writes test/bench/results.json with the machine,
 * the versions and every load. Then the content compiler on the slowest text it accepts, at the size limit.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { cpus, totalmem, loadavg, release, platform } from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath, CHROMIUM_ARGS } from '../browsers.mjs';
import { startServers, hostPath, COMPONENTS, WAYS, type Way } from './reference-host.ts';
import { measure, snapshot, PROFILE, type Load } from './measure.ts';
import { benchContentLimits } from './content-limits.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ways: Way[] = process.env.BENCH_WAYS === 'all' ? [...WAYS] : ((process.env.BENCH_WAYS ?? 'script,iframe').split(',') as Way[]);
const names = process.env.BENCH_COMPONENTS ? process.env.BENCH_COMPONENTS.split(',') : Object.keys(COMPONENTS);

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const spread = (xs: number[], digits: number) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
const kb = (n: number) => (n / 1024).toFixed(1);

const servers = await startServers(`${ROOT}dist`);
const browser = await puppeteer.launch({ executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS });
const browserVersion = await browser.version();
const loads: Record<string, Record<string, Load[]>> = {};
/** Each component's longest text once drawn: its appearance is "content painted". */
const markers: Record<string, string> = {};
// A monotonic timer for how long the run took: nothing here reads the date (the record names the commit measured).
const started = performance.now();
try {
  for (const name of names) {
    const twin = await snapshot(browser, servers.hostOrigin + hostPath(name, 'script'), `safe-${name}`);
    servers.setTwin(name, twin.html);
    markers[name] = twin.marker;
    loads[name] = Object.fromEntries([...ways, 'twin'].map((w) => [w, []]));
  }
  const order = names.flatMap((name) => (['twin', ...ways] as Way[]).map((way) => [name, way] as const));
  for (let run = 0; run < RUNS; run++) {
    const turned = [...order.slice((run * 3) % order.length), ...order.slice(0, (run * 3) % order.length)];
    for (const [name, way] of turned) {
      const load = await measure(browser, servers.hostOrigin + hostPath(name, way), `safe-${name}`, markers[name], servers.sizes);
      loads[name][way].push(load);
      process.stderr.write(`\rround ${run + 1}/${RUNS}: ${name} ${way}            `);
    }
  }
  process.stderr.write('\n');
} finally {
  await browser.close().catch(() => undefined);
  await servers.close();
}

interface Row { component: string; way: string; requests: number; gzipKB: number; brotliKB: number; roundTrips: number; paintedMs: number[]; vsTwin: number[]; cls: number[]; longTasks: number[]; longTaskMs: number[] }
const rows: Row[] = [];
for (const name of names) {
  const twin = loads[name].twin;
  for (const way of ['twin', ...ways]) {
    const all = loads[name][way];
    const ok = all.map((l, i) => [l, twin[i]] as const).filter(([l, t]) => l.paintedMs !== null && t?.paintedMs);
    rows.push({
      component: name, way,
      requests: median(all.map((l) => l.requests)),
      gzipKB: Number(kb(median(all.map((l) => l.gzip)))),
      brotliKB: Number(kb(median(all.map((l) => l.brotli)))),
      roundTrips: median(all.map((l) => l.roundTrips)),
      paintedMs: ok.map(([l]) => l.paintedMs!),
      vsTwin: ok.map(([l, t]) => l.paintedMs! / t.paintedMs!),
      cls: all.map((l) => l.cls),
      longTasks: all.map((l) => l.longTasks),
      longTaskMs: all.map((l) => l.longTaskMs),
    });
    if (ok.length < all.length) console.warn(`${name} ${way}: content not painted within a minute in ${all.length - ok.length} of ${all.length} loads`);
  }
}

const header = ['component', 'way in', 'requests', 'gzip KB', 'brotli KB', 'round trips', 'content painted ms', '× static twin', 'CLS', 'long tasks (ms)'];
const table = rows.map((r) => [
  r.component, r.way, String(r.requests), r.gzipKB.toFixed(1), r.brotliKB.toFixed(1), String(r.roundTrips),
  r.paintedMs.length ? spread(r.paintedMs, 0) : 'not painted', r.way === 'twin' ? '1' : r.vsTwin.length ? spread(r.vsTwin, 2) : '—',
  spread(r.cls, 3), `${median(r.longTasks)} (${median(r.longTaskMs).toFixed(0)})`,
]);
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const cells of table) console.log(`| ${cells.join(' | ')} |`);

const git = (...args: string[]) => { try { return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { return 'unknown'; } };
const pkg = (name: string) => JSON.parse(readFileSync(`${ROOT}node_modules/${name}/package.json`, 'utf8')).version as string;
const out = fileURLToPath(new URL('results.json', import.meta.url));
writeFileSync(out, `${JSON.stringify({
  seconds: Math.round((performance.now() - started) / 1000),
  commit: git('rev-parse', '--short', 'HEAD'),
  commitDate: git('log', '-1', '--format=%cI'),
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), loadAverage: loadavg(), os: `${platform()} ${release()}` },
  versions: { node: process.version, chromium: browserVersion, vite: pkg('vite'), 'puppeteer-core': pkg('puppeteer-core') },
  profile: PROFILE, runs: RUNS, ways, markers, rows, loads,
}, null, 2)}\n`);
console.log(`\n${RUNS} rounds in ${Math.round((performance.now() - started) / 1000)} s; every load in ${out.slice(ROOT.length)}`);

const line = (what: string, xs: number[]) =>
  console.log(`${what.padEnd(52)} median ${median(xs).toFixed(0).padStart(5)} ms   (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, ${xs.length} runs)`);
console.log('');
benchContentLimits(Math.min(RUNS, 3), line);
