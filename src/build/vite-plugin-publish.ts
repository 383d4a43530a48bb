/**
 * Publishes the build all at once: Vite writes into a temporary folder (dist.next/), and only a build that wrote
 * every file without an error replaces dist/. A failed build, whatever failed (a content file, a plugin, a missing
 * import, a file that could not be written), leaves the previous dist/ exactly as it was.
 *
 * Success is recorded, not failure assumed absent: Vite does not report every failure to every hook (an error
 * thrown while the files are written reaches no buildEnd or renderError), and a dist.next/ left by an earlier
 * crashed build must never be mistaken for this build's output.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Puts back a dist/ that a publish interrupted between its two renames (the machine stopped, the process was
 * killed) left as dist.previous/ with no dist/ beside it.
 */
export function recoverInterruptedPublish(to: string): void {
  const previous = `${to}.previous`;
  if (!existsSync(to) && existsSync(previous)) renameSync(previous, to);
}

/** Replaces `to` with `from`; if the second rename fails, the previous `to` is put back before the error goes on. */
function swap(from: string, to: string): void {
  const previous = `${to}.previous`;
  rmSync(previous, { recursive: true, force: true });
  const hadPrevious = existsSync(to);
  if (hadPrevious) renameSync(to, previous);
  try {
    renameSync(from, to);
  } catch (e) {
    if (hadPrevious) renameSync(previous, to);
    throw e;
  }
  rmSync(previous, { recursive: true, force: true });
}

export function publish(options: { from: string; to: string }): Plugin {
  let written = false;
  return {
    name: 'safe-publish',
    enforce: 'post',
    buildStart() {
      written = false;
      recoverInterruptedPublish(options.to);
    },
    // Last, and only once every other plugin's writeBundle has finished: if anything failed before or while the
    // files were written, this never runs.
    writeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        written = true;
      },
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (!written) {
          // Whatever is in dist.next/ now is half a build, or an older one: never publish it, never leave it.
          rmSync(options.from, { recursive: true, force: true });
          return;
        }
        written = false;
        swap(options.from, options.to);
      },
    },
  };
}
