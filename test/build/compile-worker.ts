/** The content compiler's outcome on a folder, computed in a worker thread under the test's timeout (see in-worker.ts). */
import { compileAll, ContentErrors, type ContentProblem } from '../../src/build/compile-content.ts';
import { runInWorker } from './in-worker.ts';

export type Outcome = { problems: ContentProblem[] } | { compiled: true } | { crashed: string };

/** Compiles a content folder: the problems, `compiled`, or the crash (an exception that is not a list of problems). */
export function compileOutcome(contentDir: string): Outcome {
  try {
    compileAll({ contentDir });
    return { compiled: true };
  } catch (e) {
    return e instanceof ContentErrors ? { problems: e.problems } : { crashed: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

/** compileOutcome in a worker thread, ended by `signal`. */
export const compileInWorker = (contentDir: string, signal?: AbortSignal) =>
  runInWorker<Outcome>(new URL(import.meta.url), 'compileOutcome', [contentDir], signal);
