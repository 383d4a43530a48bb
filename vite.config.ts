/**
 * `npm run build` (vite build): content/ and src/ in, dist/ out.
 *
 *   dist/embed.js              the loader a school pastes (classic script, short cache)
 *   dist/components/*.js       one ES module per component (hashed: cache for ever)
 *   dist/chunks/*.js           Lit, shared code and the content, each once (hashed)
 *   dist/frame/<name>.html     a page per component for CMSs that only allow iframes
 *   dist/demo/                 the demo and the "Get the code" page
 *   dist/_headers, web.config, .htaccess, staticwebapp.config.json   the kit's headers for hosts that read them (hosting/)
 *   dist/size-report.json      what each embed costs a page, gzip
 *   dist/content-report.html   every content file's source and review date, oldest first
 *   dist/alerts*.atom|json     the alerts' feeds, and dist/alerts/ the pages they link to (SAFE_KIT_PUBLIC_URL:
 *                              `vite build --mode publish` requires it; without it any other build is a demo)
 *   dist/wordpress/online-safety-kit.zip  the WordPress plugin (integrations/wordpress/)
 *
 * SAFE_KIT_CONTENT and SAFE_KIT_OUT point the build at another content folder or output folder (the tests use
 * them to build broken content without touching the real dist/). SAFE_KIT_COUNCIL (or `council:` in
 * safe-kit.yml) adds a council's own folder over the national content: see src/build/layers/.
 * SAFE_KIT_TODAY=YYYY-MM-DD previews the kit as it will be on that day (reviews due, alerts expired).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import copy from 'rollup-plugin-copy';
import { safeContent } from './src/build/vite-plugin-content.ts';
import { embedLoader } from './src/build/vite-plugin-embed-loader.ts';
import { frames } from './src/build/vite-plugin-frames.ts';
import { sizeReport } from './src/build/vite-plugin-size-report.ts';
import { publish } from './src/build/vite-plugin-publish.ts';
import { feeds } from './src/build/vite-plugin-feeds.ts';
import { componentEntries } from './src/build/component-entries.ts';
import { essentialHelp } from './src/build/essential-help.ts';
import { localToday, validDate } from './src/components/alerts/current.ts';
import { contentReport } from './src/build/vite-plugin-content-report.ts';
import { hostingFiles } from './src/build/vite-plugin-hosting.ts';
import { snippetHelp } from './src/build/vite-plugin-snippet-help.ts';
import { wordpressPlugin } from './src/build/vite-plugin-wordpress.ts';
import { minifyTemplatesPlugin } from './src/build/vite-plugin-minify-templates.ts';
import type { CompiledContent } from './src/build/compile-content.ts';
import type { EssentialHelp } from './src/content/types.ts';
import { councilFolder, CouncilFolderError } from './src/build/layers/council-folder.ts';

const root = import.meta.dirname;
const outDir = resolve(root, process.env.SAFE_KIT_OUT ?? 'dist');
const staging = `${outDir}.next`;
const council = (() => {
  try {
    return councilFolder(root);
  } catch (e) {
    if (!(e instanceof CouncilFolderError)) throw e;
    process.stderr.write(`\n${e.message}\n\nNothing was published.\n`);
    process.exit(1);
  }
})();
const contentDir = process.env.SAFE_KIT_CONTENT ? resolve(root, process.env.SAFE_KIT_CONTENT) : undefined;
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

let compiled: CompiledContent | undefined;
let essential: EssentialHelp = { emergency: [], links: [] };
const getEssential = () => essential;

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  define: { __SAFE_KIT_VERSION__: JSON.stringify(version) },
  build: {
    outDir: staging,
    emptyOutDir: true,
    target: 'es2021',
    minify: true,
    modulePreload: false,
    reportCompressedSize: false,
    lib: { entry: componentEntries(), formats: ['es'] },
    rolldownOptions: {
      // A component another one uses (the quick exit inside the child's plan) stays in its own file, which the
      // other imports: no 56-byte entry file that only re-exports a shared chunk, and one request less.
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: 'components/[name]-[hash].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Library mode's ES output keeps its white space and comments even with build.minify (it expects a
        // bundler downstream); these files go straight to readers' phones, so minify them whole.
        minify: true,
        comments: false,
        // One shared chunk, chunks/kit-*.js: the kit's own shared code (the base styles, the 999 line and the plain
        // help, the content's markdown, drawing and loading without a jump), which every component but the quick
        // exit uses. Only what two or more components use goes there: a helper one component uses stays in its
        // file, so a page with another component does not download it; and not the settings checks, which only the
        // quick exit (and the plan holding one) use, besides embed.js; and not the exit's address check, which the
        // children's help panel shares with the quick exit, a small file of its own (chunks/exit-address-*.js),
        // so that a page with only the quick exit downloads embed.js, the exit and that check.
        codeSplitting: {
          groups: [
            { name: 'kit', test: /src[\\/](shared[\\/](?!settings\.ts|exit-address\.ts)|content[\\/])/, minShareCount: 2 },
          ],
        },
      },
    },
  },
  plugins: [
    minifyTemplatesPlugin(),
    safeContent({
      cwd: root,
      contentDir,
      council,
      onCompiled: (content) => {
        compiled = content;
        essential = essentialHelp(content.services);
      },
    }),
    embedLoader({ version, essential: getEssential }),
    frames({ essential: getEssential, content: () => compiled, today: () => validDate(process.env.SAFE_KIT_TODAY) ?? localToday() }),
    feeds({ cwd: root, contentDir, council }),
    copy({ targets: [{ src: 'demo/*', dest: `${staging}/demo` }], hook: 'writeBundle' }),
    hostingFiles({ cwd: root }),
    snippetHelp({ essential: getEssential }),
    contentReport({ content: () => compiled }),
    wordpressPlugin({ root, version, services: () => compiled?.services }),
    sizeReport(),
    publish({ from: staging, to: outDir }),
  ],
});
