/**
 * Writes dist/wordpress/online-safety-kit.zip, the WordPress plugin (integrations/wordpress/), on every build.
 * A plugin that does not match the kit (a version or a component setting out of step) stops the build.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Service } from '../content/types.ts';
import { DEFAULT_EXIT_HREF } from '../components/exit/quick-exit.ts';
import { componentEntries } from './component-entries.ts';
import { checkPlugin, fallbackHelp, packPlugin, PLUGIN_SLUG } from './wordpress-plugin.ts';

export function wordpressPlugin(options: { root: string; version: string; services: () => Service[] | undefined }): Plugin {
  const pluginDir = resolve(options.root, 'integrations/wordpress');
  return {
    name: 'safe-wordpress-plugin',
    generateBundle() {
      const problems = checkPlugin(pluginDir, {
        version: options.version,
        components: componentEntries(),
        componentsDir: resolve(options.root, 'src/components'),
      });
      if (problems.length) this.error(`The WordPress plugin does not match the kit:\n  ${problems.join('\n  ')}`);
      const help = fallbackHelp(options.services() ?? [], DEFAULT_EXIT_HREF);
      const zip = packPlugin(pluginDir, { 'fallback-help.json': `${JSON.stringify(help, null, 2)}\n` });
      this.emitFile({ type: 'asset', fileName: `wordpress/${PLUGIN_SLUG}.zip`, source: zip });
    },
  };
}
