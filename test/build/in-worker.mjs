// A worker thread that runs one exported function of a TypeScript module and posts back what it returned (or
// the error it threw). Plain JavaScript, because a worker does not inherit the TypeScript loader of the test
// that starts it. See in-worker.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { module, name, args } = workerData;
try {
  const exports = await import(module);
  parentPort.postMessage({ value: await exports[name](...args) });
} catch (e) {
  parentPort.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}
