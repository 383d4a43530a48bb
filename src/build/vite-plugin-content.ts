/**
 * Serves the compiled content to the components as modules: `import('virtual:safe-content/services')`.
 *
 * The content is compiled once, at the start of the build, so a broken file stops the build before anything is
 * written, with every problem listed as `path:line: message`.
 */
import type { Plugin } from 'vite';
import { compileAll, ContentErrors, type CompiledContent, type CompileOptions } from './compile-content.ts';
import { essentialHelp } from './essential-help.ts';
import { responseContacts } from './response-contacts.ts';

const PREFIX = 'virtual:safe-content/';

export function safeContent(options: CompileOptions & { onCompiled?: (c: CompiledContent) => void } = {}): Plugin {
  let content: CompiledContent | undefined;
  return {
    name: 'safe-content',
    buildStart() {
      try {
        content = compileAll(options);
      } catch (e) {
        if (e instanceof ContentErrors) {
          // Print the list plainly (Vite would wrap it in a stack trace), then stop the build.
          process.stderr.write(`\n${e.message}\n\n`);
          this.error('the content has problems: see the list above');
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
      if (name === 'response-contacts') return `export default ${JSON.stringify(responseContacts(content.services, content.response))};`;
      if (!(name in content)) this.error(`there is no content collection "${name}"`);
      return `export default ${JSON.stringify(content[name as keyof CompiledContent])};`;
    },
  };
}
