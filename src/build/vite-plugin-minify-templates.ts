/**
 * Minifies the text of the kit's `css` (and any `html`) templates at build time: the bundler's minifier keeps template
 * text as written (it is data to it), so indentation, comments and line breaks would otherwise go to every
 * reader's phone. Only the fixed text between `${…}` is changed, and only in ways that cannot change what is
 * drawn:
 * - css: outside quoted strings, comments removed, white space run together, none around `{ } ; ,` or after `:`, no `;` before `}`;
 * - html: a run of white space that holds a line break becomes one space (as the browser draws it anyway).
 *
 * Written here rather than with a library: minify-literals and its kin bring html-minifier and clean-css, far
 * more than these few safe rules need, and rewrite attribute and markup forms template parsers rely on.
 */
import { parseSync, Visitor, type Plugin } from 'vite';

const SOURCE = /[\\/]src[\\/].*\.ts$/;

const CSS_STRING = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/;

/**
 * CSS minified outside its quoted strings (`content: ' ('` keeps its space). Comments go first, read in one pass
 * with the strings, so that an apostrophe in a comment ("the reader's") is not taken for the start of a string.
 */
export function minifyCss(text: string): string {
  const withoutComments = text.replace(new RegExp(`(${CSS_STRING.source})|\\/\\*[^]*?\\*\\/`, 'g'), (_, string?: string) => string ?? '');
  return withoutComments.split(new RegExp(`(${CSS_STRING.source})`)).map((part, i) => (i % 2 ? part : minifyCssCode(part))).join('');
}

/**
 * White space, the last semicolon of a rule, a number's leading zero (`0.75em` → `.75em`, `-0.125em` → `-.125em`)
 * and a colour's repeated digits (`#ffffff` → `#fff`): each the same CSS, fewer bytes on a reader's phone.
 */
function minifyCssCode(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    .replace(/(^|[\s:,(-])0\.(\d)/g, '$1.$2')
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
    .replace(/;}/g, '}');
}

export function minifyHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

interface Span { start: number; end: number; text: string }

export function minifyTemplates(code: string, file: string): string | undefined {
  if (!/\b(css|html)`/.test(code)) return undefined;
  const { program } = parseSync(file, code);
  const edits: Span[] = [];
  new Visitor({
    TaggedTemplateExpression(node) {
      const tag = node.tag.type === 'Identifier' ? node.tag.name : '';
      const minify = tag === 'css' ? minifyCss : tag === 'html' ? minifyHtml : undefined;
      if (!minify) return;
      for (const quasi of node.quasi.quasis) {
        // The parser's span of a piece of template text takes in the delimiter before it (` or }).
        const raw = quasi.value.raw;
        const start = code.slice(quasi.start, quasi.start + 1 + raw.length) === `${code[quasi.start]}${raw}` && /[`}]/.test(code[quasi.start]) ? quasi.start + 1 : -1;
        if (start < 0) continue; // never guess where the text is
        const text = minify(raw);
        if (text !== raw) edits.push({ start, end: start + raw.length, text });
      }
    },
  }).visit(program);
  if (!edits.length) return undefined;
  let out = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'safe-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!SOURCE.test(id)) return undefined;
      const out = minifyTemplates(code, id);
      return out === undefined ? undefined : { code: out, map: null };
    },
  };
}
