/**
 * Puts the hosts' own settings files from hosting/ into dist/: Netlify and Cloudflare Pages read `_headers`, IIS
 * `web.config`, Apache `.htaccess` and Azure Static Web Apps `staticwebapp.config.json` from the folder that is
 * published. Travelling with dist/, they send the headers a school's page needs (hosting/README.md) and cannot be
 * lost when a new build replaces dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The files a host reads from the published folder. The nginx and S3 ones are set on the server, not published. */
export const PUBLISHED_HOST_FILES = ['_headers', 'web.config', '.htaccess', 'staticwebapp.config.json'];

export function hostingFiles(options: { cwd: string }): Plugin {
  return {
    name: 'safe-hosting-files',
    generateBundle() {
      for (const fileName of PUBLISHED_HOST_FILES) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(join(options.cwd, 'hosting', fileName), 'utf8') });
      }
    },
  };
}
