import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
