/**
 * The content check: every problem in every file at once, and the warnings that do not stop a build (a file not
 * reviewed for over 12 months, an alert past its expiry, a draft). `npm run content:check` prints it; the build
 * runs the same check before it writes anything.
 */
import { compileWithWarnings, ContentErrors, formatProblem, type CompiledContent, type CompileOptions, type ContentProblem } from './compile-content.ts';
import { originOf } from './layers/layers.ts';
import { addMonths, today as todayFromEnv } from './today.ts';
import { PLACEHOLDER_PHONE, PLACEHOLDER_URL } from './content-templates.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { councilFolder } from './layers/council-folder.ts';

/** A file is due for a check this long after its `reviewed:` date. */
export const REVIEW_MONTHS = 12;

export interface CheckResult {
  content: CompiledContent;
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

export function checkContent(options: CompileOptions = {}, today = todayFromEnv()): CheckResult {
  const { content, problems, warnings } = compileWithWarnings(options);
  const found = [...warnings];
  for (const items of Object.values(content) as object[][]) {
    for (const item of items) {
      const origin = originOf(item);
      if (!origin) continue;
      problems.push(...placeholders(origin.file, origin.path));
      const { reviewed, expires } = item as { reviewed?: string; expires?: string };
      if (reviewed && addMonths(reviewed, REVIEW_MONTHS) <= today) {
        found.push({
          file: origin.file,
          line: origin.lineOf(['reviewed']),
          message: `reviewed ${reviewed}, over ${REVIEW_MONTHS} months ago — check the file against its source, then set "reviewed:" to the day you did`,
        });
      }
      if (expires && expires < today) {
        found.push({
          file: origin.file,
          line: origin.lineOf(['expires']),
          message: `this alert expired on ${expires} and is no longer shown — delete the file, or set a later "expires:" date`,
        });
      }
    }
  }
  return { content, problems, warnings: found };
}

const PLACEHOLDER_HOST = new URL(PLACEHOLDER_URL).hostname;

/** A new file's made-up address or number, left in a file that is no longer a draft. */
function placeholders(file: string, path: string): ContentProblem[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .flatMap((text, i) => {
      const what = text.includes(PLACEHOLDER_HOST) ? `"${PLACEHOLDER_HOST}"` : text.includes(PLACEHOLDER_PHONE) ? `"${PLACEHOLDER_PHONE}"` : undefined;
      return what
        ? [{ file, line: i + 1, message: `${what} is the new file's placeholder — write the real address or number from the source (or delete the line), or put back "draft: true" until it is ready` }]
        : [];
    });
}

/**
 * Where the content is, as the build and the tools take it from the environment: SAFE_KIT_CONTENT (another
 * national folder, for tests), SAFE_KIT_COUNCIL or safe-kit.yml (the council's folder).
 */
export function contentOptions(root: string, env: NodeJS.ProcessEnv = process.env): CompileOptions {
  return {
    cwd: root,
    contentDir: env.SAFE_KIT_CONTENT ? resolve(root, env.SAFE_KIT_CONTENT) : undefined,
    council: councilFolder(root, env),
  };
}

/** For the build: the content, after printing the warnings; throws ContentErrors if any file has a problem. */
export function checkedContent(options: CompileOptions = {}, log: (line: string) => void = console.warn): CompiledContent {
  const { content, problems, warnings } = checkContent(options);
  if (warnings.length) log(`\n${warnings.length} warning${warnings.length === 1 ? '' : 's'} about the content (the build goes on):\n${warnings.map(formatProblem).join('\n')}\n`);
  if (problems.length) throw new ContentErrors(problems);
  return content;
}

/**
 * A problem as a GitHub Actions workflow command, which GitHub shows on the file and line in the commit and the
 * pull request. Properties escape %, CR, LF, ":" and ","; the message escapes %, CR and LF (GitHub's rules for
 * workflow commands).
 */
export function annotation(problem: ContentProblem, level: 'error' | 'warning'): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${level} file=${property(problem.file)},line=${problem.line}::${data(problem.message)}`;
}
