/**
 * Reading the content folder without ever throwing: a folder named like a file, a file the build may not read, a
 * link to a file that has gone, each becomes a problem on the list an editor sees, never a stack trace.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { decodeContentFile } from './content-limits.ts';
import type { Located } from './front-matter.ts';

const code = (e: unknown) => (e as NodeJS.ErrnoException)?.code;

/** What went wrong reading a path, in words an editor can act on. */
function unreadable(e: unknown, what: 'file' | 'folder'): string {
  switch (code(e)) {
    case 'EISDIR':
      return 'this is a folder, not a content file: rename the folder so that its name does not end in .md, or move its files out of it';
    case 'ENOTDIR':
      return `this is a file where a ${what} should be: move it away and make a ${what} with this name`;
    case 'EACCES':
    case 'EPERM':
      return `the build is not allowed to read this ${what}: ask whoever looks after the computer or server to make it readable`;
    case 'ENOENT':
      return `this ${what} could not be found (it may be a shortcut to something that was moved or deleted): put the ${what} itself here`;
    case 'ELOOP':
      return `this ${what} is a shortcut that leads back to itself: replace it with the ${what} itself`;
    default:
      return `this ${what} could not be read (${code(e) ?? String(e)}): check it opens in a text editor, then run the build again`;
  }
}

/** A content file's text, ready to parse (see decodeContentFile), or why it cannot be read. */
export function readContentFile(path: string): { text: string } | Located {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { line: 1, message: unreadable(e, 'file') };
  }
  return decodeContentFile(bytes);
}

/** The names in a content folder, or why it cannot be listed. */
export function listFolder(dir: string): { names: string[] } | Located {
  try {
    return { names: readdirSync(dir) };
  } catch (e) {
    return { line: 1, message: unreadable(e, 'folder') };
  }
}
