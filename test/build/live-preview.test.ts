/**
 * The live preview (`npm start`), with the real build on a copy of the content: a saved change is built and the
 * open pages are told to reload; a mistake is sent to them with its file and line while the last good build stays
 * served. No timings here: each wait is for an event, bounded only so a broken preview cannot hang the tests.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOnce, startPreview } from '../../src/build/live-preview.ts';
import { copyOfContent, PROJECT } from './helpers.ts';

const copy = copyOfContent();
const out = join(mkdtempSync(join(tmpdir(), 'safe-kit-preview-')), 'dist');
const env = { ...process.env, SAFE_KIT_CONTENT: copy.content, SAFE_KIT_OUT: out, SAFE_KIT_COUNCIL: '' };
const preview = await startPreview({ root: PROJECT, outDir: out, watched: [copy.content], build: () => buildOnce(PROJECT, env), log: () => undefined });
after(() => preview.close());

/** The preview's events, as an open page receives them. */
async function* events(): AsyncGenerator<{ event: string; data: string }> {
  const response = await fetch(`${preview.url}__safe-kit-live/events`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = block === ': connected' ? 'connected' : /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event) yield { event, data: data ? JSON.parse(data) : '' };
    }
  }
}

async function bounded<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no ${what} (the preview did not build)`)), 90_000)));
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

const servicesChunk = async () => {
  const file = readdirSync(join(out, 'chunks')).find((f) => f.startsWith('services-'))!;
  return (await fetch(`${preview.url}chunks/${file}`)).text();
};

test('the first build is served, and every page gets the live-reload script', async () => {
  await preview.rebuild();
  const page = await (await fetch(`${preview.url}demo/index.html`)).text();
  assert.match(page, /<script src="\/__safe-kit-live\/live\.js" defer><\/script><\/head>/);
  assert.match(await (await fetch(`${preview.url}__safe-kit-live/live.js`)).text(), /new EventSource\('\/__safe-kit-live\/events'\)/);
  assert.match(await servicesChunk(), /Childline/);
});

test('saving a content file rebuilds it and tells the open pages to reload', async () => {
  const stream = events();
  assert.equal((await stream.next()).value?.event, 'connected');
  const next = stream.next();
  copy.edit('services/childline.md', (t) => t.replace(/^summary: .*$/m, 'summary: A summary saved while the preview was open.'));
  const { value } = await bounded(next, 'reload event');
  assert.equal(value?.event, 'reload');
  assert.match(await servicesChunk(), /A summary saved while the preview was open\./);
  await stream.return(undefined);
});

test('a mistake is shown to the open pages with its file and line, and the last good build stays', async () => {
  const stream = events();
  assert.equal((await stream.next()).value?.event, 'connected');
  const next = stream.next();
  copy.edit('services/childline.md', (t) => t.replace(/^url: https:/m, 'url: http:'));
  const { value } = await bounded(next, 'problems event');
  assert.equal(value?.event, 'problems');
  assert.match(value!.data, /content\/services\/childline\.md:\d+: url "http:/);
  assert.match(await servicesChunk(), /A summary saved while the preview was open\./, 'the last good build is still served');
  await stream.return(undefined);
});
