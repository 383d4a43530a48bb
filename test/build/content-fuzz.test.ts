/**
 * The fast-check fuzz of the content compiler (see content-fuzz.ts), with a fixed seed so a failure can be
 * replayed: every random or mutated file ends as valid data or a path:line problem. It runs in a worker thread
 * under the test's timeout, so a file that made the compiler hang fails the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInWorker } from './in-worker.ts';
import type { FuzzResult } from './content-fuzz.ts';

const SEED = 20261125;
const RUNS = 3000;

test(`${RUNS} random and mutated content files (seed ${SEED}) each end as valid data or a path:line problem`, { timeout: 240_000 }, async (t) => {
  const result = await runInWorker<FuzzResult>(new URL('./content-fuzz.ts', import.meta.url), 'fuzzContent', [{ seed: SEED, numRuns: RUNS }], t.signal);
  if (result.failure) assert.fail(result.failure);
  assert.equal(result.runs, RUNS, 'every case ran');
  t.diagnostic(`fuzzed ${result.runs} content files with seed ${SEED}: ${result.accepted} compiled to data, ${result.refused} refused with path:line`);
  // Both outcomes must be tried often, or the fuzz would only ever be testing one of them.
  assert.ok(result.accepted >= RUNS / 20 && result.refused >= RUNS / 2, JSON.stringify(result));
});
