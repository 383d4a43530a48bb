/**
 * Reads the content as a frightened reader would, sentence by sentence, for advice the guidance forbids: above all
 * an instruction to show, send or forward an image to anyone (school staff and the police included). Used by
 * advice.test.ts, which also plants bad lines to prove that the scan finds them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Finding {
  file: string;
  line: number;
  sentence: string;
}

/** Every content file under `dir` (README files excepted), as [path relative to `root`, text]. */
export function contentFiles(dir: string, root: string): [string, string][] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md') && !/readme\.md$/i.test(f))
    .sort()
    .map((f) => [relative(root, join(dir, f)).split('\\').join('/'), readFileSync(join(dir, f), 'utf8')]);
}

/** A line as plain words: no YAML key or list marker, no markdown emphasis, links as their words, ’ as '. */
export function plainLine(line: string): string {
  return line
    .replace(/^\s*(-\s+)?([a-z-]+:\s+)?/i, '')
    .replace(/^"(.*)"$/, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/[‘’]/g, "'");
}

const sentences = (text: string) => text.split(/(?<=[.!?;])\s+/).filter((s) => s.trim());

/** What an image is called, and words that stand for one when the line is about an image. */
const IMAGE = /\b(image|images|picture|pictures|photo|photos|video|videos|nude|nudes|semi-nudes?|screenshots?)\b/i;
const PRONOUN = /\b(it|them)\b/i;
/** Passing an image on. */
const SHARE_VERB = /\b(show|send|forward|share|upload|post|pass on)\b/gi;
/** Looking at one, said of someone else (a teacher, the school, the police). */
const SEE_VERB = /\b(see|view|look at)\b/gi;
const OTHERS = /\b(school|teachers?|staff|police|the dsl)\b/i;
/** Words before the verb that make it something to do: the start of a sentence or clause, or "you can", "ask … to". */
const DIRECTIVE = /(^|[,:;]|\b(and|then|or|please|can|could|should|may|must|might|will|need to|needs to|have to|has to|ought to|remember to|try to|(ask|help|tell) \w+( \w+)? to))\s*$/i;
/** A negation earlier in the sentence: "do not show", "never ask a child to send". */
const NEGATION = /\b(don't|do not|never|not|no one|nobody|won't|cannot|can't|without)\b/i;
/** Someone else's request, described so the reader can recognise it: "if someone asks you to send pictures". */
const REPORTED = /\b(asks|asking|asked|pressur\w*|threaten\w*|wants|demands?|demanding|makes you)\b/i;

/** Is this sentence an instruction to pass an image on, or to let someone else see it? */
export function tellsToShare(sentence: string, lineAboutImage: boolean): boolean {
  const check = (verbs: RegExp, objectOk: (after: string) => boolean, extra: (before: string) => boolean) => {
    for (const m of sentence.matchAll(verbs)) {
      const before = sentence.slice(0, m.index);
      const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 80);
      // A negation holds to the end of its clause: "Do not delete it: the school may need to see it" is not one.
      const clause = before.split(/[:;]|\bbut\b/).at(-1)!;
      if (!DIRECTIVE.test(before.trimEnd()) || NEGATION.test(clause) || REPORTED.test(before)) continue;
      if (objectOk(after) && extra(before)) return true;
    }
    return false;
  };
  const object = (after: string) => IMAGE.test(after) || (lineAboutImage && PRONOUN.test(after));
  if (check(SHARE_VERB, object, () => true)) return true;
  // "The school or the police may need to see it": someone else looking at the image, which only the DSL may do.
  return check(SEE_VERB, (after) => IMAGE.test(after) || PRONOUN.test(after), (before) => OTHERS.test(before) && !/\bonly the dsl\b/i.test(before));
}

/** Every sentence in the files that tells someone to show, send or forward an image. */
export function shareInstructions(files: [string, string][]): Finding[] {
  const findings: Finding[] = [];
  for (const [file, text] of files) {
    text.split('\n').forEach((raw, i) => {
      const line = plainLine(raw);
      const aboutImage = IMAGE.test(line);
      for (const sentence of sentences(line)) {
        if (tellsToShare(sentence, aboutImage)) findings.push({ file, line: i + 1, sentence });
      }
    });
  }
  return findings;
}

/** Names blackmail or a money demand (sextortion). */
export const NAMES_BLACKMAIL = /\b(blackmail\w*|sextortion|(asking|asks?|asked) (you |them |your child )?for money|money demands?)\b/i;
/** The National Crime Agency's first instruction. */
export const SAYS_DONT_PAY = /\b(don't|do not|not to) pay\b/i;
