/**
 * The link checker against a local server that answers 200, 301, 404 and 500, and one that never answers (bounded
 * by a short time-out): each reported on its file and line, with retries, a cap on requests at once and a polite
 * User-Agent; and a plain "no network" when nothing can be reached.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLinks, collectLinks, describe, linkFolders, noNetwork, DEFAULT_OPTIONS, type Link } from '../../src/build/check-links.ts';
import { lineContaining, PROJECT } from './helpers.ts';

const hits = new Map<string, number>();
const agents = new Set<string>();
let active = 0;
let mostAtOnce = 0;
const sockets = new Set<Socket>();

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const path = req.url ?? '/';
  hits.set(path, (hits.get(path) ?? 0) + 1);
  agents.add(req.headers['user-agent'] ?? '');
  const done = (status: number, headers: Record<string, string> = {}) => {
    res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : 'page');
  };
  if (path === '/never') return; // holds the connection open and never answers
  if (path.startsWith('/slow/')) {
    mostAtOnce = Math.max(mostAtOnce, ++active);
    return void setTimeout(() => {
      active--;
      done(200);
    }, 30);
  }
  if (path === '/ok') return done(200);
  if (path === '/moved') return done(301, { location: '/ok' });
  if (path === '/gone') return done(404);
  if (path === '/head-refused') return done(req.method === 'HEAD' ? 405 : 200);
  if (path === '/error') return done(500);
  done(404);
});
server.on('connection', (s) => {
  sockets.add(s);
  s.on('close', () => sockets.delete(s));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
after(() => {
  for (const s of sockets) s.destroy();
  server.close();
});

const options = { ...DEFAULT_OPTIONS, timeoutMs: 300, retries: 1, retryDelayMs: 10, concurrency: 3 };
const link = (path: string, line: number): Link => ({ url: `${base}${path}`, file: 'content/services/example.md', line });

test('200, 301, 404, 500 and never: each reported on its file and line, with what to do', async () => {
  const links = [link('/ok', 3), link('/moved', 4), link('/gone', 5), link('/error', 6), link('/never', 7), link('/head-refused', 8)];
  const results = await checkLinks(links, options);
  const kinds = Object.fromEntries(results.map((r) => [new URL(r.link.url).pathname, r.outcome.kind]));
  assert.deepEqual(kinds, { '/ok': 'ok', '/moved': 'redirect', '/gone': 'broken', '/error': 'server-error', '/never': 'timeout', '/head-refused': 'ok' });
  const lines = results.map(describe);
  assert.equal(lines[0], undefined, 'a page that answers is not listed');
  assert.equal(lines[1], `content/services/example.md:4: ${base}/moved — moved (301) to ${base}/ok — check the new page says the same, then use its address`);
  assert.match(lines[2]!, /^content\/services\/example\.md:5: .*\/gone — not found \(404\) — /);
  assert.match(lines[3]!, /^content\/services\/example\.md:6: .*\/error — the site answered with an error \(500\) each time — /);
  assert.match(lines[4]!, /^content\/services\/example\.md:7: .*\/never — no answer in time, each time — /);
  assert.equal(noNetwork(results), false);
});

test('a server error or no answer is tried again; a clear answer is not', () => {
  // From the test above: retries: 1 means two tries (each a HEAD, then a GET after an error status).
  assert.equal(hits.get('/error'), 4);
  assert.equal(hits.get('/never'), 2);
  assert.equal(hits.get('/gone'), 2, 'HEAD, then GET in case the site refuses HEAD only; not retried');
  assert.equal(hits.get('/ok'), 1, 'a redirect is reported, not followed');
});

test('each address once, at most `concurrency` at a time, with a User-Agent that says who is asking', async () => {
  const links = Array.from({ length: 12 }, (_, i) => link(`/slow/${i}`, i + 1));
  mostAtOnce = 0;
  // A generous time-out here: on a loaded machine a slow answer must not count as a second try.
  await checkLinks([...links, ...links], { ...options, timeoutMs: 20_000, retries: 0 });
  assert.ok(mostAtOnce <= options.concurrency, `at most ${options.concurrency} at once, saw ${mostAtOnce}`);
  for (let i = 0; i < 12; i++) assert.equal(hits.get(`/slow/${i}`), 1, 'a repeated address is checked once');
  assert.deepEqual([...agents], [DEFAULT_OPTIONS.userAgent]);
  assert.match(DEFAULT_OPTIONS.userAgent, /^safe-kit-link-check\/\d/);
});

test('nothing reachable at all is said plainly as no network', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const results = await checkLinks([{ url: `http://127.0.0.1:${port}/`, file: 'content/x.md', line: 1 }], options);
  assert.equal(results[0].outcome.kind, 'unreachable');
  assert.equal(noNetwork(results), true);
});

test('every address in the real content is found, on its line', () => {
  const links = collectLinks(linkFolders(join(PROJECT, 'content'), undefined, PROJECT));
  const iwf = readFileSync(join(PROJECT, 'content/services/iwf.md'), 'utf8');
  for (const url of iwf.match(/https:\/\/[^\s)]+/g)!) {
    assert.ok(links.some((l) => l.file === 'content/services/iwf.md' && l.url === url && l.line === lineContaining(iwf, url)), url);
  }
  assert.ok(links.every((l) => l.url.startsWith('https://') && !/[.,;)]$/.test(l.url)), 'addresses without the punctuation after them');
  assert.ok(!links.some((l) => /readme/i.test(l.file)), 'the READMEs are guidance, not content');
});
