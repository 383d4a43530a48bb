/**
 * `npm run check-host` against a real server on this machine (loopback only) serving the real built dist/ with
 * the headers hosting/ ships, then without each of them: every missing header is named, in plain words, and a
 * problem ends the command with an error code.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT } from './helpers.ts';
import { checkHost, type Finding } from '../../scripts/check-host/check-host.ts';
import { expectedHeaders } from '../../scripts/check-host/rules.ts';

const DIST = join(PROJECT, 'dist');

/** How the server differs from the shipped headers in the test at hand. */
let change: (file: string, headers: Record<string, string>) => Record<string, string> | 404 = (_, h) => h;
const origins: (string | undefined)[] = [];
let server: Server;
let kit: string;

before(async () => {
  assert.ok(existsSync(join(DIST, 'embed.js')), 'dist/embed.js is missing: run `npm run build` first');
  server = createServer((request, response) => {
    origins.push(request.headers.origin);
    const file = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/kit\//, '');
    const path = join(DIST, file);
    const headers = file.includes('..') || !existsSync(path) ? 404 : change(file, expectedHeaders(file));
    if (headers === 404) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, headers).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  kit = `http://127.0.0.1:${address.port}/kit/`;
});
after(() => server.close());

const check = () => checkHost(kit, { timeout: 10000 });
const problems = (findings: Finding[]) => findings.filter((f) => f.level === 'problem');
const without = (name: string, where: (file: string) => boolean = () => true) => {
  change = (file, headers) => {
    if (!where(file)) return headers;
    const copy = { ...headers };
    delete copy[name];
    return copy;
  };
};

test('with the shipped headers: no problem, and each request says which page it comes from', async () => {
  change = (_, h) => h;
  origins.length = 0;
  const findings = await check();
  assert.deepEqual(problems(findings), []);
  assert.deepEqual(findings.filter((f) => f.level === 'advice'), []);
  const files = new Set(findings.map((f) => f.file));
  assert.ok(files.has('embed.js'));
  assert.ok([...files].some((f) => /^components\/help-links-.+\.js$/.test(f)), [...files].join());
  assert.ok([...files].some((f) => /^chunks\/.+\.js$/.test(f)), [...files].join());
  assert.ok(files.has('frame/help-links.html'));
  assert.ok(origins.length >= 4 && origins.every((o) => o === 'https://school.example'), origins.join());
});

test('without Access-Control-Allow-Origin: the component and its shared file are named, with what readers see', async () => {
  without('Access-Control-Allow-Origin');
  const found = problems(await check());
  assert.deepEqual(found.map((f) => f.file.split('/')[0]).sort(), ['chunks', 'components']);
  for (const f of found) assert.match(f.says, /no Access-Control-Allow-Origin header.*only the plain help links/);
});

test('Access-Control-Allow-Origin sent twice by two layers of the server is named', async () => {
  change = (_, h) => ({ ...h, 'Access-Control-Allow-Origin': '*, *' });
  const found = problems(await check());
  assert.ok(found.length >= 2);
  for (const f of found) assert.match(f.says, /sent twice/);
});

test('JavaScript sent as plain text is named, file by file', async () => {
  change = (file, h) => (file.endsWith('.js') ? { ...h, 'Content-Type': 'text/plain' } : h);
  const found = problems(await check());
  assert.deepEqual(new Set(found.map((f) => f.file.split('/')[0])), new Set(['embed.js', 'components', 'chunks']));
  for (const f of found) assert.match(f.says, /"text\/plain".*refuse to run as JavaScript/);
});

test('without Cache-Control: advice, not a problem', async () => {
  without('Cache-Control');
  const findings = await check();
  assert.deepEqual(problems(findings), []);
  const advice = findings.filter((f) => f.level === 'advice');
  assert.ok(advice.some((f) => f.file === 'embed.js' && /no Cache-Control header.*correction may take days/.test(f.says)));
  assert.ok(advice.some((f) => f.file.startsWith('components/') && /could keep it for a year/.test(f.says)));
});

test('embed.js cached for a year is a problem: corrections would not reach schools', async () => {
  change = (file, h) => (file === 'embed.js' ? { ...h, 'Cache-Control': 'public, max-age=31536000, immutable' } : h);
  const [found] = problems(await check());
  assert.equal(found.file, 'embed.js');
  assert.match(found.says, /keep it for 365 days and never check it again.*would not reach schools/);
});

test('a component file missing from the server is named, with the fix', async () => {
  change = (file, h) => (file.startsWith('components/') ? 404 : h);
  const [found] = problems(await check());
  assert.match(found.file, /^components\//);
  assert.match(found.says, /answered 404 \(not found\).*publish the whole of dist\//);
});

test('an address with no embed.js says where embed.js should be', async () => {
  change = (_, h) => h;
  const findings = await checkHost(kit.replace('/kit/', '/not-the-kit/'), { timeout: 10000 });
  assert.equal(findings.length, 1);
  assert.match(findings[0].says, /there is no embed\.js at .*\/not-the-kit\/embed\.js/);
});

test('the command exits with an error code on a problem, and 0 without one', async () => {
  const run = promisify(execFile);
  const tsx = join(PROJECT, 'node_modules/.bin/tsx');
  const cli = join(PROJECT, 'scripts/check-host/cli.ts');
  change = (_, h) => h;
  const good = await run(tsx, [cli, `${kit}embed.js`], { timeout: 60000 });
  assert.match(good.stdout, /No problems: schools' pages can load the kit from here\./);
  without('Access-Control-Allow-Origin');
  await assert.rejects(run(tsx, [cli, kit], { timeout: 60000 }), (error: { code: number; stdout: string }) => {
    assert.equal(error.code, 1);
    assert.match(error.stdout, /PROBLEM no Access-Control-Allow-Origin header/);
    assert.match(error.stdout, /2 problems: until they are fixed, schools' readers see only the plain help links\./);
    return true;
  });
});
