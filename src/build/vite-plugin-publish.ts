/**
 * Publishes the build all at once: Vite writes into a temporary folder, and only a build that finished without
 * an error replaces dist/. A failed build leaves the previous dist/ exactly as it was.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import type { Plugin } from 'vite';

export function publish(options: { from: string; to: string }): Plugin {
  let failed = false;
  return {
    name: 'safe-publish',
    enforce: 'post',
    buildStart() {
      failed = false;
    },
    buildEnd(error) {
      if (error) failed = true;
    },
    renderError() {
      failed = true;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (failed || !existsSync(options.from)) return;
        const previous = `${options.to}.previous`;
        rmSync(previous, { recursive: true, force: true });
        if (existsSync(options.to)) renameSync(options.to, previous);
        renameSync(options.from, options.to);
        rmSync(previous, { recursive: true, force: true });
      },
    },
  };
}
