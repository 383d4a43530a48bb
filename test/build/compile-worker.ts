/**
 * Runs the content compiler in a worker thread, so a test can stop waiting for it: the compiler is synchronous,
 * and a compile that hung on the test's own thread would also stop the timer meant to fail the test.
 */
import { Worker } from 'node:worker_threads';
import type { ContentProblem } from '../../src/build/compile-content.ts';

export type Outcome = { problems: ContentProblem[] } | { compiled: true } | { crashed: string };

/**
 * Compiles a content folder in a worker: resolves with the problems, with `compiled`, or with the crash (an
 * exception that is not a list of problems). If it never answers, the test's own `timeout` fails the test, and
 * `signal` (the test context's) ends the worker.
 */
export function compileInWorker(contentDir: string, signal?: AbortSignal): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./compile-in-worker.mjs', import.meta.url), { workerData: contentDir });
    const stop = () => void worker.terminate();
    signal?.addEventListener('abort', stop, { once: true });
    worker.once('message', (outcome: Outcome) => {
      signal?.removeEventListener('abort', stop);
      void worker.terminate();
      resolve(outcome);
    });
    worker.once('error', reject);
  });
}
