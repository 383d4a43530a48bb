/**
 * `npm run content:check`: checks every content file (the national folder and the council's) and lists every
 * problem at once as `path:line: what is wrong — how to fix it`, then the warnings (a file not reviewed for 12
 * months, an alert past its expiry, a draft). Exits 1 if any file has a problem: the build would refuse it too.
 *
 * SAFE_KIT_TODAY=YYYY-MM-DD checks as if it were that day (what will be overdue by then).
 * In GitHub Actions (or with --annotations) each line is also written as an annotation on the file and line.
 */
import { resolve } from 'node:path';
import { checkContent, contentOptions, annotation } from '../src/build/content-check.ts';
import { formatProblem } from '../src/build/compile-content.ts';
import { CouncilFolderError } from '../src/build/layers/council-folder.ts';
import { today } from '../src/build/today.ts';

const root = resolve(import.meta.dirname, '..');
const annotate = process.argv.includes('--annotations') || process.env.GITHUB_ACTIONS === 'true';

try {
  const day = today();
  const { content, problems, warnings } = checkContent(contentOptions(root), day);
  const count = Object.values(content).reduce((n, items) => n + items.length, 0);
  for (const p of problems) console.log(annotate ? annotation(p, 'error') : formatProblem(p));
  for (const w of warnings) console.log(annotate ? annotation(w, 'warning') : `${formatProblem(w)} (warning)`);
  if (problems.length) {
    const files = new Set(problems.map((p) => p.file)).size;
    console.log(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: nothing can be published until ${problems.length === 1 ? 'it is' : 'they are'} fixed.`);
    process.exitCode = 1;
  } else {
    console.log(`\nAll ${count} items are correct${warnings.length ? `; ${warnings.length} warning${warnings.length === 1 ? '' : 's'} above` : ''} (checked as of ${day}).`);
  }
} catch (e) {
  if (!(e instanceof CouncilFolderError)) throw e;
  console.log(annotate ? annotation({ file: e.file, line: e.line, message: e.message.slice(`${e.file}:${e.line}: `.length) }, 'error') : e.message);
  process.exitCode = 1;
}
