/**
 * Limits no real content file comes near, checked before anything is parsed, so that no file (a long document
 * pasted in, a file that arrived corrupted, a file made to break the build) can crash the build or keep it busy:
 * the parsers below are only ever given text whose size and nesting are bounded.
 *
 * Each limit is refused on the line where it is crossed, with what to do about it. The numbers are many times
 * what the kit's own content uses (the longest file is under 5 KB, the longest line under 400 characters, lists
 * are at most two levels deep and a file holds a handful of links).
 */
import type { Located } from './front-matter.ts';

export const LIMITS = {
  /** A content file's size in bytes: about 15,000 words. */
  fileBytes: 100_000,
  /** Characters in one line. */
  lineLength: 4_000,
  /** Levels of lists (or quotes) inside one another, counting two spaces of indentation as a level. */
  blockNesting: 10,
  /** Emphasis markers (* _ ~) and link brackets open at once in one paragraph. */
  inlineNesting: 20,
  /** Links in one file's text or one field. */
  links: 100,
} as const;

/** 1-based line of the character at `index`. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const kb = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('en-GB')} KB`;

/**
 * Invisible control characters (and the C1 ones that appear when text in one encoding is read as another): they
 * never belong in content and would otherwise reach readers' screens and the terminal that prints the problems.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * A content file's bytes as text, or the first reason it cannot be content: too big, not UTF-8, a control
 * character, a line too long. A byte-order mark is dropped and Windows (CRLF) or old Mac (CR) line endings
 * become plain new lines, so what follows sees one kind of text whatever saved it.
 */
export function decodeContentFile(bytes: Buffer): { text: string } | Located {
  if (bytes.length > LIMITS.fileBytes) {
    return {
      line: bytes.subarray(0, LIMITS.fileBytes).filter((b) => b === 0x0a).length + 1,
      message:
        `the file is ${kb(bytes.length)}, more than the ${kb(LIMITS.fileBytes)} (about 15,000 words) a content file may be: ` +
        'split it into smaller files, or check that this is the file you meant to save here',
    };
  }
  const text = bytes.toString('utf8');
  // Bytes that are not UTF-8 decode to U+FFFD and so do not survive the round trip back; 0x0A is never part of a
  // longer UTF-8 character, so the text can be compared line by line to find the first line that is wrong.
  if (!Buffer.from(text, 'utf8').equals(bytes)) {
    let start = 0;
    for (let line = 1; ; line++) {
      const end = bytes.indexOf(0x0a, start);
      const raw = bytes.subarray(start, end < 0 ? bytes.length : end);
      if (!Buffer.from(raw.toString('utf8'), 'utf8').equals(raw) || end < 0) {
        return {
          line,
          message:
            'this line has characters that are not saved as UTF-8 text: save the file as "UTF-8" in your editor ' +
            '(if it came from Word, paste the text into a new plain-text file), then check the line reads as you meant',
        };
      }
      start = end + 1;
    }
  }
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const control = CONTROL.exec(normalised);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return {
      line: lineAt(normalised, control.index),
      message: `this line has an invisible control character (U+${code}), which often comes with text pasted from another program: retype the line`,
    };
  }
  let start = 0;
  for (let line = 1; start <= normalised.length; line++) {
    const end = normalised.indexOf('\n', start);
    const length = (end < 0 ? normalised.length : end) - start;
    if (length > LIMITS.lineLength) {
      return {
        line,
        message:
          `this line is ${length.toLocaleString('en-GB')} characters long, more than the ${LIMITS.lineLength.toLocaleString('en-GB')} a line may be: ` +
          'break it into paragraphs with an empty line between them (a very long line usually means the line breaks were lost when it was pasted)',
      };
    }
    if (end < 0) break;
    start = end + 1;
  }
  return { text: normalised };
}

/** A problem in a markdown text, at its 0-based line. */
export interface MarkdownLimitProblem {
  lineOffset: number;
  message: string;
}

/** How many levels of lists, quotes and indentation a line's start opens: a level per marker, or per 2 spaces. */
function blockDepth(line: string): number {
  let markers = 0;
  let columns = 0;
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === ' ') {
      columns++;
      i++;
    } else if (c === '\t') {
      columns += 4 - (columns % 4);
      i++;
    } else if (c === '>') {
      markers++;
      i++;
    } else {
      const marker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
      if (!marker) break;
      markers++;
      i += marker[0].length;
    }
  }
  return markers + Math.floor(columns / 2);
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isPunctuation = (c: string | undefined) => c !== undefined && /[\p{P}\p{S}]/u.test(c);

/**
 * Where, in one paragraph, more emphasis markers and link brackets than `limit` are first open at once, counted
 * the way CommonMark decides whether a run of * _ ~ can open or close: an upper bound on how deeply a parser
 * nests there. Each kind is counted on its own, because a `_` never closes a `*`. -1 if the paragraph is within.
 */
function overNested(paragraph: string, limit: number): number {
  const open: Record<string, number> = { '*': 0, _: 0, '~': 0, '[': 0 };
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') open['[']++;
    else if (c === ']') open['['] = Math.max(0, open['['] - 1);
    else if (c === '*' || c === '_' || c === '~') {
      // A run of delimiters of any of the three kinds, judged by what stands either side of the whole run.
      let end = i;
      while (end < paragraph.length && '*_~'.includes(paragraph[end])) end++;
      const before = paragraph[i - 1];
      const after = paragraph[end];
      const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
      const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
      for (const kind of ['*', '_', '~']) {
        let n = 0;
        for (let j = i; j < end; j++) if (paragraph[j] === kind) n++;
        if (n === 0) continue;
        if (right && (!left || open[kind] > 0)) open[kind] = Math.max(0, open[kind] - n);
        else if (left) open[kind] += n;
      }
      i = end - 1;
    }
    if (open['*'] + open._ + open['~'] + open['['] > limit) return i;
  }
  return -1;
}

/** Links and bare addresses, each counted once: "[text](https://…)" is one link, not two. */
const LINK = /\]\(\s*<?(?:https?:\/\/|www\.|mailto:|tel:)?|https?:\/\/|www\.|mailto:|tel:/gi;

/**
 * Checks a markdown text against the limits before it is parsed (a body, or a field written in markdown).
 * Returns the first limit crossed, or undefined.
 */
export function checkMarkdownLimits(markdown: string): MarkdownLimitProblem | undefined {
  const lines = markdown.split('\n');
  let paragraphStart = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line !== undefined && line.length > LIMITS.lineLength) {
      return { lineOffset: i, message: `this line is longer than ${LIMITS.lineLength.toLocaleString('en-GB')} characters: break it into paragraphs with an empty line between them` };
    }
    if (line !== undefined && blockDepth(line) > LIMITS.blockNesting) {
      return {
        lineOffset: i,
        message:
          'this line is nested too deeply (lists inside lists, or indented more than 20 spaces): ' +
          'write it as a list at most three levels deep, or as a normal paragraph',
      };
    }
    if (line === undefined || line.trim() === '') {
      const paragraph = lines.slice(paragraphStart, i).join('\n');
      const at = overNested(paragraph, LIMITS.inlineNesting);
      if (at >= 0) {
        return {
          lineOffset: paragraphStart + lineAt(paragraph, at) - 1,
          message:
            `this text has more than ${LIMITS.inlineNesting} * _ ~ or [ marks open at once: ` +
            'use **bold** and *italic* around words, closing each before the next opens, and [text](https://…) for links',
        };
      }
      paragraphStart = i + 1;
    }
  }
  let links = 0;
  for (const match of markdown.matchAll(LINK)) {
    if (++links > LIMITS.links) {
      return {
        lineOffset: lineAt(markdown, match.index) - 1,
        message: `this text has more than ${LIMITS.links} links: split it into several files, or link to one page that lists them`,
      };
    }
  }
  return undefined;
}

/** A value quoted in a message: one line, no control characters, and short enough to read. */
export function quoted(value: string, max = 80): string {
  // eslint-disable-next-line no-control-regex
  const oneLine = value.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
