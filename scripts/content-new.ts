/**
 * `npm run content:new -- <kind> <name>`: writes a new content file with every field, each with a comment, and
 * today's date, into the council's folder if the kit has one (safe-kit.yml or SAFE_KIT_COUNCIL), else content/.
 * It starts as a draft: checked, not published, until its `draft: true` line is removed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { newContentFile, KINDS } from '../src/build/content-templates.ts';
import { contentOptions } from '../src/build/content-check.ts';
import { today } from '../src/build/today.ts';

const root = resolve(import.meta.dirname, '..');
const [kind, name] = process.argv.slice(2);
if (!kind) {
  console.log(`Write: npm run content:new -- <kind> <name>, e.g. npm run content:new -- service local-police\nKinds: ${KINDS.join(', ')}`);
  process.exit(1);
}
const made = newContentFile(kind, name, today());
if ('error' in made) {
  console.log(made.error);
  process.exit(1);
}
const options = contentOptions(root);
const base = options.council?.dir ?? options.contentDir ?? join(root, 'content');
const path = join(base, made.folder, `${made.id}.md`);
// As the check names it: from the project folder, or from the content folder's parent when it is elsewhere.
const from = relative(root, base).startsWith('..') ? dirname(base) : root;
const shown = relative(from, path).split('\\').join('/');
if (existsSync(path)) {
  console.log(`${shown} already exists — choose another name, or edit that file`);
  process.exit(1);
}
mkdirSync(join(base, made.folder), { recursive: true });
writeFileSync(path, made.text);
console.log(`Made ${shown}. Fill in every field from the page you name in "source:", then remove "draft: true" to publish it.\nCheck it with: npm run content:check`);
