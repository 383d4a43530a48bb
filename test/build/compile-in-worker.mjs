// The worker thread of compile-worker.ts: compiles one content folder and posts back what happened. Plain
// JavaScript, because a worker does not inherit the TypeScript loader of the test that starts it.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { compileAll, ContentErrors } = await import('../../src/build/compile-content.ts');
let outcome;
try {
  compileAll({ contentDir: workerData });
  outcome = { compiled: true };
} catch (e) {
  outcome = e instanceof ContentErrors ? { problems: e.problems } : { crashed: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}
parentPort.postMessage(outcome);
