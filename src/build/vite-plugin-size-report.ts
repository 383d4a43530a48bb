/**
 * Reports what each embed may cost a page: for each component, the gzip size of embed.js plus every file the
 * component can load (its code, the shared code, its content for the audience or version with the most, and what
 * some settings add: a children's panel's quick exit, a named school, printing), and brotli, as a council's host may
 * serve it. Written to dist/size-report.json and printed after the build. It is the most a page can download; the
 * budgets in npm test (test/build/size-brotli.test.ts) count what a reader downloads before the component shows
 * its content, with its default settings.
 */
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import type { Plugin, Rolldown } from 'vite';
import { isItemModule } from './vite-plugin-content.ts';
import { choiceOf } from './content-chunks.ts';
import { fetchesGuideFiles, GUIDE_FILE } from './guides-index.ts';

type OutputBundle = Rolldown.OutputBundle;

export interface SizeReport {
  files: Record<string, { bytes: number; gzip: number; brotli: number }>;
  /** Per component: every file a page using only that component downloads, and their gzip total. */
  embeds: Record<string, { files: string[]; gzip: number; brotli: number; items?: { files: string[]; largestGzip: number } }>;
}

const gzipSize = (source: string | Uint8Array) => gzipSync(source, { level: 9 }).length;
const brotliSize = (source: string | Uint8Array) =>
  brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Every file reachable from a chunk, through static and dynamic imports. */
export function reachable(bundle: OutputBundle, fileName: string, seen = new Set<string>()): Set<string> {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  const chunk = bundle[fileName];
  if (chunk?.type === 'chunk') {
    for (const next of [...chunk.imports, ...chunk.dynamicImports]) reachable(bundle, next, seen);
  }
  return seen;
}

export function sizeReport(): Plugin {
  return {
    name: 'safe-size-report',
    enforce: 'post',
    generateBundle(_, bundle) {
      const report: SizeReport = { files: {}, embeds: {} };
      for (const [name, file] of Object.entries(bundle)) {
        if (!/\.(js|css|html)$/.test(name)) continue;
        const source = file.type === 'chunk' ? file.code : file.source;
        report.files[name] = { bytes: Buffer.byteLength(source), gzip: gzipSize(source), brotli: brotliSize(source) };
      }
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const all = ['embed.js', ...reachable(bundle, chunk.fileName)];
        // One item's text (a guide's steps) is fetched only when a reader opens it: counted apart, by its largest.
        const isItem = (f: string) => { const c = bundle[f]; return c?.type === 'chunk' && isItemModule(c.facadeModuleId); };
        // A component's content for one audience or version: a reader downloads one, so the largest is counted.
        const size = (files: string[]) => files.reduce((sum, f) => sum + (report.files[f]?.brotli ?? 0), 0);
        const choices = [...new Set(all.map((f) => choiceOf(f)).filter((c) => c !== undefined))];
        const forChoice = (choice?: string) => all.filter((f) => !isItem(f) && [undefined, choice].includes(choiceOf(f)));
        const files = choices.map(forChoice).reduce((a, b) => (size(b) > size(a) ? b : a), forChoice());
        // A guide's own file is fetched by an address worked out from its name, which no import names.
        const guideFiles = fetchesGuideFiles(all.map((f) => bundle[f])) ? Object.keys(bundle).filter((f) => GUIDE_FILE.test(f)) : [];
        const itemFiles = [...all.filter(isItem), ...guideFiles];
        report.embeds[chunk.name] = {
          files,
          gzip: files.reduce((sum, f) => sum + (report.files[f]?.gzip ?? 0), 0),
          brotli: files.reduce((sum, f) => sum + (report.files[f]?.brotli ?? 0), 0),
        };
        if (itemFiles.length) {
          report.embeds[chunk.name].items = { files: itemFiles, largestGzip: Math.max(...itemFiles.map((f) => report.files[f]?.gzip ?? 0)) };
        }
      }
      this.emitFile({ type: 'asset', fileName: 'size-report.json', source: JSON.stringify(report, null, 2) });
      const lines = Object.entries(report.embeds).map(
        ([name, e]) =>
          `  ${name.padEnd(24)} ${(e.gzip / 1024).toFixed(1).padStart(6)} KB gzip ${(e.brotli / 1024).toFixed(1).padStart(6)} KB brotli  (${e.files.length} files)` +
          (e.items ? `\n  ${''.padEnd(24)} +${(e.items.largestGzip / 1024).toFixed(1).padStart(5)} KB at most when one of ${e.items.files.length} items is opened (${e.items.files.length} lazy files)` : ''),
      );
      console.log(`\nEach embed, everything it may fetch (embed.js, component, shared code, content, and what some settings add), gzip and brotli:\n${lines.join('\n')}\n`);
    },
  };
}
