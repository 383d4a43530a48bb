/**
 * Serves the compiled content to the components as modules: `import('virtual:safe-content/services-parents')`.
 *
 * The content is compiled once, at the start of the build, so a broken file stops the build before anything is
 * written, with every problem listed as `path:line: message`.
 */
import type { Plugin } from 'vite';
import { ContentErrors, type CompiledContent, type CompileOptions } from './compile-content.ts';
import { checkedContent } from './content-check.ts';
import { essentialHelp } from './essential-help.ts';
import { contentChunk } from './content-chunks.ts';
import { guidesModule } from './guides-index.ts';
import type { School } from '../content/types.ts';

const PREFIX = 'virtual:safe-content/';
/** One school's details: `virtual:safe-content/school-hillside-primary`, fetched only by a page that names it. */
const SCHOOL_PREFIX = 'school-';

/**
 * Is this module one item's own lazily loaded file (a school, or the list of schools), fetched only when a page
 * names a school, not part of what a page first loads? (A guide's own file is not a module: src/build/guides-index.ts.)
 */
export const isItemModule = (moduleId: string | null | undefined) =>
  Boolean(
    moduleId?.startsWith(`\0${PREFIX}${SCHOOL_PREFIX}`) ||
      moduleId?.startsWith(`\0${PREFIX}schools`) ||
      // The school lookup itself (src/school/), imported only when a component has a `school` to look up.
      (moduleId && /[\\/]src[\\/]school[\\/]/.test(moduleId)),
  );

/**
 * The schools: only a loader per school, so a page that names one school (`data-school`) fetches that school's
 * details alone, however many schools the council lists.
 */
function schoolsIndexModule(schools: School[]): string {
  const loaders = schools.map((s) => `  ${JSON.stringify(s.id)}: () => import(${JSON.stringify(`${PREFIX}${SCHOOL_PREFIX}${s.id}`)}),`);
  return `export const load = {\n${loaders.join('\n')}\n};\n`;
}

export function safeContent(options: CompileOptions & { onCompiled?: (c: CompiledContent) => void } = {}): Plugin {
  let content: CompiledContent | undefined;
  return {
    name: 'safe-content',
    buildStart() {
      try {
        // The same check as `npm run content:check`: its warnings are printed, its problems stop the build.
        content = checkedContent(options);
      } catch (e) {
        if (e instanceof ContentErrors) {
          // The list is for a content editor: print it plainly and stop, as Vite would, but without burying it
          // under a stack trace. Nothing has been written yet, so the published dist/ is untouched.
          process.stderr.write(`\n${e.message}\n\nFix the lines above and run the build again.\n`);
          process.exit(1);
        }
        throw e;
      }
      options.onCompiled?.(content);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`) || !content) return undefined;
      const name = id.slice(PREFIX.length + 1);
      if (name === 'essential-help') return `export default ${JSON.stringify(essentialHelp(content.services))};`;
      if (name.startsWith('guides-')) return guidesModule(this, name, content.guides) ?? this.error(`there is no guides module "${name}"`);
      // What a component shows: one chunk per audience or version, with only the fields it reads.
      const chunk = contentChunk(name, content);
      if (chunk !== undefined) return chunk;
      if (name === 'schools') return schoolsIndexModule(content.schools);
      if (name.startsWith(SCHOOL_PREFIX)) {
        const school = content.schools.find((s) => `${SCHOOL_PREFIX}${s.id}` === name);
        if (!school) this.error(`there is no school "${name.slice(SCHOOL_PREFIX.length)}"`);
        const { body: _body, ...details } = school as School & { body?: unknown };
        return `export default ${JSON.stringify(details)};`;
      }
      // A whole collection would carry every audience's content and the build's own fields to a reader's phone.
      this.error(`there is no content module "${name}": components import their own chunk (see src/build/content-chunks.ts)`);
    },
  };
}
