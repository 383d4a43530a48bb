/**
 * For npm run bench: how long the content compiler takes on the slowest text it accepts, each shape filled to the
 * size limit (src/build/content-limits.ts). The limits exist so that these stay well within a second or two.
 */
import { parseBlocks } from '../../src/build/markdown.ts';
import { LIMITS } from '../../src/build/content-limits.ts';

const fill = (unit: string) => unit.repeat(Math.floor((LIMITS.fileBytes - 100) / unit.length));
const wrap = (text: string) => text.replace(/(.{3000})/g, '$1\n');

const SHAPES: Record<string, string> = {
  'lists three levels deep': fill('- a\n  - b\n    - c\n      d\n'),
  'lists ten levels deep': fill(`- a\n${Array.from({ length: 9 }, (_, i) => `${'  '.repeat(i + 1)}- x\n`).join('')}`),
  'numbered items with paragraphs': fill('1. a\n\n   para\n\n   - b\n\n     more\n'),
  'one-line paragraphs': fill('p\n\n'),
  'a*a*a* (emphasis that never nests)': wrap(fill('a*')),
  'bracketed words': wrap(fill('[a] ')),
};

export function benchContentLimits(runs: number, line: (what: string, xs: number[]) => void): void {
  for (const [name, text] of Object.entries(SHAPES)) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      try {
        parseBlocks(text);
      } catch {
        // A refusal is an answer too: the time to reach it is what is measured.
      }
      times.push(performance.now() - start);
    }
    line(`content at the ${LIMITS.fileBytes / 1000} KB limit: ${name}`, times);
  }
}
