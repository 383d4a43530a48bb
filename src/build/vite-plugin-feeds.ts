/**
 * Writes the alerts' feeds (dist/alerts.atom, dist/alerts.json and one of each per audience) and the plain
 * pages they link to (dist/alerts/). Settings come from the environment: see src/build/alert-feeds.ts and
 * src/components/alerts/README.md.
 *
 * A build for publishing (`vite build --mode publish`, `npm run build:publish`) stops before anything is written
 * unless it has the kit's public address (SAFE_KIT_PUBLIC_URL). Any other build without it (npm start, the tests)
 * is a demo build: its feeds hold no alerts and say "not for publishing", so no address that works only on this
 * computer is ever written.
 */
import type { Plugin } from 'vite';
import { collections } from '../content/schema/index.ts';
import { compileCollection, type CompileOptions } from './compile-content.ts';
import { alertFeeds, feedSettings, type FeedSettings } from './alert-feeds.ts';
import { alertPages } from './alert-pages.ts';

/** The Vite mode of a build for publishing. */
export const PUBLISH_MODE = 'publish';

export function feeds(options: CompileOptions = {}): Plugin {
  let publishing = false;
  let settings: FeedSettings | undefined;
  return {
    name: 'safe-feeds',
    configResolved(config) {
      publishing = config.mode === PUBLISH_MODE;
    },
    buildStart() {
      try {
        settings = feedSettings(process.env, publishing);
      } catch (e) {
        // For whoever runs the build: the message alone, as the content's mistakes are shown, not a stack trace.
        // Nothing has been written yet, so the published dist/ is untouched.
        process.stderr.write(`\n${e instanceof Error ? e.message : String(e)}\n\n`);
        process.exit(1);
      }
    },
    generateBundle() {
      if (!settings) return;
      // The content plugin has already stopped the build if any file has a problem.
      const { items } = compileCollection(collections.alerts, options);
      for (const [fileName, source] of Object.entries({ ...alertFeeds(items, settings), ...alertPages(items, settings) })) {
        this.emitFile({ type: 'asset', fileName, source });
      }
      if (settings.demo) {
        console.log('Demo build: the alerts\' feeds say "not for publishing". To publish the kit, set SAFE_KIT_PUBLIC_URL and run npm run build:publish.\n');
      }
    },
  };
}
