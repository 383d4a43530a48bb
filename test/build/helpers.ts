import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileAll, ContentErrors, type ContentProblem } from '../../src/build/compile-content.ts';

export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** A copy of the real content/ folder in a temporary folder, to break one file of without touching the real one. */
export function copyOfContent(): { root: string; content: string; edit(file: string, change: (text: string) => string): void } {
  const root = mkdtempSync(join(tmpdir(), 'safe-kit-'));
  const content = join(root, 'content');
  cpSync(join(PROJECT, 'content'), content, { recursive: true });
  return {
    root,
    content,
    edit(file, change) {
      const path = join(content, file);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    },
  };
}

/** The 1-based line of the first line of `text` that contains `needle`. */
export function lineContaining(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`no line contains ${needle}`);
  return index + 1;
}

/** One way of breaking one real content file, and what the build must then say about it. */
export interface BrokenFile {
  name: string;
  /** Relative to content/, e.g. "services/childline.md". */
  file: string;
  change: (text: string) => string;
  /** The 1-based line the problem must be reported on, found in the broken text. */
  line: (text: string) => number;
  says: RegExp;
}

/** Compiles a copy of content/ with one file changed; fails unless the build refuses it. */
export function problemsAfter(file: string, change: (text: string) => string): { problems: ContentProblem[]; text: string } {
  const copy = copyOfContent();
  copy.edit(file, change);
  const text = readFileSync(join(copy.content, file), 'utf8');
  try {
    compileAll({ contentDir: copy.content });
  } catch (e) {
    assert.ok(e instanceof ContentErrors, String(e));
    return { problems: e.problems, text };
  }
  assert.fail('the build accepted a broken file');
}

/**
 * A test per case: the build reports the mistake on its file and line, with the fix.
 * @param only true where the mistake must be the one problem reported (false where it also breaks what follows).
 */
export function testBrokenFiles(what: string, cases: BrokenFile[], only = true): void {
  for (const c of cases) {
    test(`${what}${c.name}: names the file, the line and the fix`, () => {
      const { problems, text } = problemsAfter(c.file, c.change);
      if (only) assert.equal(problems.length, 1, JSON.stringify(problems));
      const problem = problems.find((p) => c.says.test(p.message));
      assert.ok(problem, JSON.stringify(problems));
      assert.equal(problem.file, `content/${c.file}`);
      assert.equal(problem.line, c.line(text), problem.message);
    });
  }
}
