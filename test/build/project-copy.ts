/**
 * A throw-away copy of the project, to break in ways a content folder cannot (a component that imports a missing
 * file, a plugin that throws) and build with the real Vite, and a fingerprint of a folder to prove a failed build
 * left it byte for byte as it was.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PROJECT } from './helpers.ts';

/** Not copied: what a build writes, git's own folder, and node_modules (linked instead). */
const NOT_COPIED = new Set(['node_modules', 'dist', 'dist.next', 'dist.previous', '.git']);

export interface ProjectCopy {
  root: string;
  /** Changes one file of the copy, e.g. edit('vite.config.ts', (t) => …). */
  edit(file: string, change: (text: string) => string): void;
  /** Runs `vite build` in the copy, writing to `out` (and out.next/ beside it while it builds). */
  build(out: string, env?: Record<string, string>): SpawnSyncReturns<string>;
}

export function copyOfProject(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'safe-kit-project-'));
  // Everything else, so that whatever a build comes to read (hosting/, integrations/, …) is there.
  for (const input of readdirSync(PROJECT)) {
    if (!NOT_COPIED.has(input)) cpSync(join(PROJECT, input), join(root, input), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    edit(file, change) {
      const path = join(root, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the change to ${file} changed nothing: has the file moved on?`);
      writeFileSync(path, after);
    },
    build(out, env = {}) {
      return spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
        cwd: root,
        env: { ...process.env, SAFE_KIT_OUT: out, ...env },
        encoding: 'utf8',
      });
    },
  };
}

/** Every file under `dir` (relative path) with the SHA-256 of its bytes: equal fingerprints, identical folders. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        out[`${relative(dir, path).split('\\').join('/')}/`] = 'folder';
        walk(path);
      }
      else out[relative(dir, path).split('\\').join('/')] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
