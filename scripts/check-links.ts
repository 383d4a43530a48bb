/**
 * `npm run check-links`: checks every web address in the content and lists, per file and line, the ones that
 * moved, are gone, fail or never answer. Exit 0: all answered (moved pages are listed to update); 1: some need a
 * person; 2: no network, so nothing was checked. `--report <file>` also writes the list as markdown (the weekly
 * workflow opens an issue with it).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkLinks, collectLinks, DEFAULT_OPTIONS, describe, linkFolders, noNetwork } from '../src/build/check-links.ts';
import { contentOptions } from '../src/build/content-check.ts';

const root = resolve(import.meta.dirname, '..');
const options = contentOptions(root);
const links = collectLinks(linkFolders(options.contentDir ?? join(root, 'content'), options.council, root));
const reportAt = process.argv.indexOf('--report');
const unique = new Set(links.map((l) => l.url)).size;
console.log(`Checking ${unique} addresses (${links.length} links), ${DEFAULT_OPTIONS.concurrency} at a time…`);

const report = (text: string) => {
  if (reportAt > 0 && process.argv[reportAt + 1]) writeFileSync(process.argv[reportAt + 1], text);
};
const results = await checkLinks(links, DEFAULT_OPTIONS);
if (noNetwork(results)) {
  const said = 'No address could be reached at all: this computer seems to have no network connection (or a firewall blocks it). Nothing was checked — connect and run it again.';
  console.log(`\n${said}`);
  report(`${said}\n`);
  process.exit(2);
}
const lines = results.map(describe).filter((l): l is string => Boolean(l));
const needsPerson = results.filter((r) => r.outcome.kind !== 'ok' && r.outcome.kind !== 'redirect').length;
console.log(lines.length ? `\n${lines.join('\n')}\n` : '');
console.log(`${results.length - lines.length} of ${results.length} links are fine; ${lines.length - needsPerson} moved; ${needsPerson} broken or not answering.`);
report(
  `The weekly link check found ${lines.length} link${lines.length === 1 ? '' : 's'} to look at. Each line is \`file:line: address — what happened — what to do\`.\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`,
);
process.exitCode = needsPerson ? 1 : 0;
