/**
 * Which council's folder the build adds to the national content/ folder.
 *
 * A council keeps its own content in a folder of its own, in the same format as content/ (services/, alerts/,
 * schools/, …). The build finds it from, in this order:
 *   1. SAFE_KIT_COUNCIL=councils/<name> in the environment (a preview of another council, the tests);
 *   2. a line `council: councils/<name>` in safe-kit.yml at the top of the project (what a council's own copy of
 *      the kit keeps, so publishing needs no settings anywhere else).
 * Neither: the national content alone.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { parse } from 'yaml';

export const CONFIG_FILE = 'safe-kit.yml';

export interface CouncilFolder {
  /** The folder's own name, e.g. "northshire": what a school's `council:` line names. */
  name: string;
  dir: string;
}

/** A council folder that cannot be used: said as `file:line: what — fix`, like a content problem. */
export class CouncilFolderError extends Error {
  constructor(readonly file: string, readonly line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'CouncilFolderError';
  }
}

export function councilFolder(cwd: string, env: NodeJS.ProcessEnv = process.env): CouncilFolder | undefined {
  let folder = env.SAFE_KIT_COUNCIL?.trim();
  let said = { file: 'SAFE_KIT_COUNCIL', line: 0 };
  const config = resolve(cwd, CONFIG_FILE);
  if (!folder && existsSync(config)) {
    const text = readFileSync(config, 'utf8');
    let data: unknown;
    try {
      data = parse(text);
    } catch {
      throw new CouncilFolderError(CONFIG_FILE, 1, 'this file is not valid YAML — write one line: council: councils/<your council>');
    }
    const value = (data as { council?: unknown } | null)?.council;
    const line = text.split(/\r?\n/).findIndex((l) => /^council\s*:/.test(l)) + 1 || 1;
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') throw new CouncilFolderError(CONFIG_FILE, line, 'council: write the folder as text — e.g. council: councils/northshire');
    folder = value.trim();
    said = { file: CONFIG_FILE, line };
  }
  if (!folder) return undefined;
  const dir = isAbsolute(folder) ? folder : resolve(cwd, folder);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    const where = said.line ? `${said.file}:${said.line}` : said.file;
    throw new CouncilFolderError(said.file, said.line || 1, `the council folder "${folder}" (from ${where}) does not exist — create it, or correct the name`);
  }
  return { name: basename(dir), dir };
}
