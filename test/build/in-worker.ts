/**
 * Runs a synchronous function (the content compiler, the fuzz test's loop) in a worker thread, so a test can stop
 * waiting for it: code that hung on the test's own thread would also stop the timer meant to fail the test. With
 * the worker, the test's own `timeout` fails the test, and the test's `signal` ends the worker.
 */
import { Worker } from 'node:worker_threads';

/**
 * Calls `name(...args)` exported by `module` (a file URL) in a worker thread. Resolves with what it returned
 * (which must survive structured cloning); rejects with the error it threw, as text with its stack.
 */
export function runInWorker<T>(module: URL, name: string, args: unknown[], signal?: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./in-worker.mjs', import.meta.url), {
      workerData: { module: module.href, name, args },
      // The stack a build has on the main thread (a worker's default is four times larger): a file that would
      // exhaust the build's stack must exhaust this one too.
      resourceLimits: { stackSizeMb: 1 },
    });
    const stop = () => void worker.terminate();
    signal?.addEventListener('abort', stop, { once: true });
    worker.once('message', (result: { value: T } | { error: string }) => {
      signal?.removeEventListener('abort', stop);
      void worker.terminate();
      if ('error' in result) reject(new Error(result.error));
      else resolve(result.value);
    });
    worker.once('error', reject);
  });
}
