/**
 * Markdown to the kit's node tree (see src/content/types.ts).
 *
 * marked does the lexing; this file decides what is allowed. Anything that could carry markup or reach another
 * origin (raw HTML, images, http: links) is refused with the line it stands on and a fix an editor can follow,
 * because the components draw these nodes with DOM calls (src/shared/markdown.ts) and never as HTML strings.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, Inline } from '../content/types.ts';
import { checkMarkdownLimits, quoted } from './content-limits.ts';

export class MarkdownError extends Error {
  /** 0-based line within the markdown text it was found in. */
  constructor(
    message: string,
    readonly lineOffset: number,
  ) {
    super(message);
  }
}

const SAFE_LINK = /^(https:\/\/[^\s]+|tel:\+?[0-9]+|mailto:[^\s@]+@[^\s@]+)$/;

const REFUSED: Record<string, string> = {
  html: 'raw HTML is not allowed: write it in markdown instead (**bold**, *italic*, [link text](https://…), lists)',
  image: 'images are not allowed: describe the picture in words, or link to the page that shows it',
  code: 'code blocks are not allowed: write the text as a normal paragraph (indenting a line by four spaces makes a code block)',
  blockquote: 'quotes ("> …") are not allowed: write the text as a normal paragraph',
  table: 'tables are not allowed: use a list instead',
  hr: 'horizontal rules ("---" or "***" on their own line) are not allowed in the text: remove the line',
  def: 'link definitions ("[name]: https://…") are not allowed: put the address in the link itself, [text](https://…)',
};

/** Decodes the entities an editor might type, so text renders as they meant it (it is rendered as text, never as HTML). */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) =>
    ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' })[name] ?? _,
  );
}

function newlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * A block being converted: its own source text and the 0-based line it starts on. Positions are tracked by line,
 * block by block, rather than by searching the whole text for each token: a search that fails (the text of a
 * nested list item is its source with the indentation removed) would scan to the end for every token.
 */
interface BlockAt {
  raw: string;
  line: number;
}

/** The 0-based line of an inline token: its block's line, plus the lines before it within the block. */
function lineOf(block: BlockAt, raw: string): number {
  const at = block.raw.indexOf(raw);
  return block.line + (at > 0 ? newlines(block.raw.slice(0, at)) : 0);
}

function checkHref(href: string, line: number): string {
  if (SAFE_LINK.test(href)) return href;
  if (href.startsWith('http://')) {
    throw new MarkdownError(`the link "${quoted(href)}" starts with http://: use the https:// address instead`, line);
  }
  throw new MarkdownError(
    `the link "${quoted(href)}" is not allowed: links must start with https://, tel: (digits only, e.g. tel:08001111) or mailto:`,
    line,
  );
}

function inlineNodes(tokens: Token[], block: BlockAt): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens) {
    const line = () => lineOf(block, token.raw);
    switch (token.type) {
      case 'text':
      case 'escape':
      case 'codespan': {
        const t = token as Tokens.Text;
        if (t.tokens?.length) out.push(...inlineNodes(t.tokens, block));
        else if (t.text) out.push({ type: 'text', text: decodeEntities(t.text) });
        break;
      }
      case 'strong':
      case 'em':
        out.push({ type: token.type, children: inlineNodes((token as Tokens.Strong).tokens, block) });
        break;
      case 'del':
        out.push(...inlineNodes((token as Tokens.Del).tokens, block));
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const href = checkHref(link.href, line());
        out.push({ type: 'link', href, children: inlineNodes(link.tokens, block) });
        break;
      }
      case 'br':
        out.push({ type: 'br' });
        break;
      default:
        throw new MarkdownError(REFUSED[token.type] ?? `"${quoted(token.raw.trim())}" is not allowed here`, line());
    }
  }
  return out;
}

/**
 * Converts block tokens whose raw texts follow one another from 0-based line `firstLine` (marked's block tokens
 * cover their text exactly, and a list item's tokens cover the item's lines, indentation removed).
 */
function blockNodes(tokens: Token[], firstLine: number): Block[] {
  const out: Block[] = [];
  let line = firstLine;
  for (const token of tokens) {
    const block = { raw: token.raw, line };
    switch (token.type) {
      case 'space':
        break;
      case 'paragraph':
      case 'text': {
        const t = token as Tokens.Paragraph;
        out.push({ type: 'paragraph', children: inlineNodes(t.tokens ?? [], block) });
        break;
      }
      case 'heading': {
        const h = token as Tokens.Heading;
        out.push({ type: 'heading', depth: h.depth, children: inlineNodes(h.tokens, block) });
        break;
      }
      case 'list': {
        const list = token as Tokens.List;
        let itemLine = line;
        const items = list.items.map((item) => {
          if (item.task) throw new MarkdownError('checkboxes ("- [ ]") are not allowed: write a plain list item', itemLine);
          const blocks = blockNodes(item.tokens, itemLine);
          itemLine += newlines(item.raw);
          return blocks;
        });
        out.push({ type: 'list', ordered: list.ordered, start: list.ordered ? Number(list.start) || 1 : 1, items });
        break;
      }
      default: {
        // A token may start with the blank lines before it: report the line its text is on.
        const leading = /^\s*\n/.exec(token.raw)?.[0] ?? '';
        throw new MarkdownError(REFUSED[token.type] ?? `"${quoted(token.raw.trim())}" is not allowed here`, line + newlines(leading));
      }
    }
    line += newlines(token.raw);
  }
  return out;
}

/** Text that a browser would read as the start of a tag, however it was written (&lt;, \\<, `<…>`). */
const TAG_LIKE = /<[a-zA-Z/!?]/;

/** The first paragraph or heading (at any depth) whose text reads as HTML, with the line it starts on. */
function tagLikeText(blocks: Block[]): string | undefined {
  for (const block of blocks) {
    const found = block.type === 'list' ? block.items.map(tagLikeText).find(Boolean) : TAG_LIKE.exec(plainText(block.children))?.[0];
    if (found) return found;
  }
  return undefined;
}

/**
 * Parses a markdown body into blocks. Throws MarkdownError with the 0-based line of the first problem.
 *
 * The text is checked against the limits first (./content-limits.ts), so marked only ever sees text whose size
 * and nesting are bounded: it recurses once per level of emphasis or list, and a file nested thousands deep would
 * otherwise exhaust the stack or take minutes.
 */
export function parseBlocks(markdown: string): Block[] {
  const limit = checkMarkdownLimits(markdown);
  if (limit) throw new MarkdownError(limit.message, limit.lineOffset);
  let blocks: Block[];
  try {
    blocks = blockNodes(new Lexer({ gfm: true }).lex(markdown), 0);
  } catch (e) {
    // The limits are set far below what exhausts the stack; should some shape still do so, it is still the
    // text's problem, reported as one, never a crash.
    if (e instanceof RangeError) throw new MarkdownError('this text is nested too deeply to read: write it as plain paragraphs and short lists', 0);
    throw e;
  }
  const tag = tagLikeText(blocks);
  if (tag) {
    // Where it was written: as it reads, as an entity, or escaped.
    const at = [tag, `&lt;${tag.slice(1)}`, `\\${tag}`].map((t) => markdown.indexOf(t)).find((i) => i >= 0) ?? -1;
    throw new MarkdownError(
      `"${quoted(tag)}…" reads as HTML, which content cannot contain, however it is written: say it in words (e.g. "less than")`,
      at < 0 ? 0 : markdown.slice(0, at).split('\n').length - 1,
    );
  }
  return blocks;
}

/** Parses a one-paragraph field (a summary, a label) into inline nodes. */
export function parseInline(markdown: string): Inline[] {
  const blocks = parseBlocks(markdown.trim());
  if (blocks.length === 0) return [];
  if (blocks.length > 1 || blocks[0].type !== 'paragraph') {
    throw new MarkdownError('write this as one short paragraph: no lists, headings or blank lines', 0);
  }
  return blocks[0].children;
}

/** The text of inline nodes without their markup, e.g. for search or a label. */
export function plainText(nodes: Inline[]): string {
  return nodes
    .map((n) => (n.type === 'text' ? n.text : n.type === 'br' ? ' ' : plainText(n.children)))
    .join('');
}
