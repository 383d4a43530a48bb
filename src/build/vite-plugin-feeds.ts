/**
 * Writes the alerts' feeds (dist/alerts.atom, dist/alerts.json and one of each per audience) and the plain
 * pages they link to (dist/alerts/). Settings come from the environment: see src/build/alert-feeds.ts and
 * src/components/alerts/README.md.
 */
import type { Plugin } from 'vite';
import { collections } from '../content/schema/index.ts';
import { compileCollection, type CompileOptions } from './compile-content.ts';
import { alertFeeds, DEFAULT_PUBLIC_URL, feedSettings } from './alert-feeds.ts';
import { alertPages } from './alert-pages.ts';

export function feeds(options: CompileOptions = {}): Plugin {
  return {
    name: 'safe-feeds',
    generateBundle() {
      const settings = feedSettings();
      // The content plugin has already stopped the build if any file has a problem.
      const { items } = compileCollection(collections.alerts, options);
      for (const [fileName, source] of Object.entries({ ...alertFeeds(items, settings), ...alertPages(items, settings) })) {
        this.emitFile({ type: 'asset', fileName, source });
      }
      if (settings.publicUrl === DEFAULT_PUBLIC_URL) {
        console.log(`Feeds link to ${DEFAULT_PUBLIC_URL} (for local builds): set SAFE_KIT_PUBLIC_URL to the address the kit is published at.\n`);
      }
    },
  };
}
