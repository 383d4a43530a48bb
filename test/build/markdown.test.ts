/**
 * The markdown rules, tried on thousands of generated inputs (fast-check): whatever an editor types, the
 * components receive only allowed nodes, links go only to https:, tel: or mailto:, and a refusal points at a
 * line that exists.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseBlocks, MarkdownError } from '../../src/build/markdown.ts';
import type { Block, Inline } from '../../src/content/types.ts';

const pieces = fc.constantFrom(
  'text', ' ', '\n', '\n\n', '**', '*', '_', '[', ']', '(', ')', '#', '## ', '- ', '1. ', '> ', '<', '>', '<b>', '</b>',
  '<script>', '&amp;', '&lt;', '`', '![', 'https://example.org', 'http://example.org', 'javascript:alert(1)', 'tel:999',
  'mailto:a@b.org', 'www.example.org', '    ', '---', '|', '\\',
);
const markdown = fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''));

function allInline(nodes: Inline[], out: Inline[] = []): Inline[] {
  for (const n of nodes) {
    out.push(n);
    if ('children' in n) allInline(n.children, out);
  }
  return out;
}
function allBlocks(blocks: Block[], out: Block[] = []): Block[] {
  for (const b of blocks) {
    out.push(b);
    if (b.type === 'list') b.items.forEach((item) => allBlocks(item, out));
  }
  return out;
}

test('any input becomes allowed nodes with safe links, or a refusal on a line that exists', () => {
  fc.assert(
    fc.property(markdown, (text) => {
      let blocks: Block[];
      try {
        blocks = parseBlocks(text);
      } catch (e) {
        assert.ok(e instanceof MarkdownError, String(e));
        assert.ok(e.lineOffset >= 0 && e.lineOffset < text.split('\n').length, `line ${e.lineOffset} of ${JSON.stringify(text)}`);
        assert.ok(e.message.length > 20);
        return;
      }
      for (const b of allBlocks(blocks)) {
        assert.ok(['paragraph', 'list', 'heading'].includes(b.type));
        const inline = b.type === 'list' ? [] : allInline(b.children);
        for (const n of inline) {
          assert.ok(['text', 'em', 'strong', 'link', 'br'].includes(n.type), n.type);
          if (n.type === 'link') assert.match(n.href, /^(https:\/\/|tel:|mailto:)/);
        }
      }
    }),
    { numRuns: 3000 },
  );
});

test('raw HTML is refused wherever it stands', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('Some text.', '', '- item', '1. step'), { maxLength: 6 }), fc.nat(6), (lines, at) => {
      const where = Math.min(at, lines.length);
      const text = [...lines.slice(0, where), '<div>hello</div>', ...lines.slice(where)].join('\n');
      assert.throws(() => parseBlocks(text), (e: MarkdownError) => /raw HTML/.test(e.message) && text.split('\n')[e.lineOffset].includes('<div>'));
    }),
  );
});

test('a refused link is reported on its own line, however deep in lists and paragraphs it stands', () => {
  let linksFound = 0;
  const line = fc.record({ depth: fc.nat(2), kind: fc.constantFrom('- ', '1. ', '', 'blank') });
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 20 }), fc.nat(), (shape, pick) => {
      let depth = 0;
      const lines = shape.map(({ depth: wanted, kind }, i) => {
        if (kind === 'blank') return '';
        // A list may only go one level deeper than the line before it; text continues the item it follows.
        depth = kind ? Math.min(wanted, depth + 1) : depth;
        const indent = '   '.repeat(depth);
        return `${indent}${kind}line ${i}`;
      });
      const texts = lines.map((l, i) => (l ? i : -1)).filter((i) => i >= 0);
      if (!texts.length) return;
      const at = texts[pick % texts.length];
      lines[at] += ' [a link](http://example.org)';
      try {
        parseBlocks(lines.join('\n'));
      } catch (e) {
        assert.ok(e instanceof MarkdownError, String(e));
        // Something earlier may be refused first (indenting a line four spaces past its list makes a code block).
        if (!e.message.includes('http://')) return;
        linksFound++;
        assert.equal(e.lineOffset, at, `in:\n${lines.join('\n')}`);
        return;
      }
      assert.fail('the http:// link was accepted');
    }),
    { numRuns: 500 },
  );
  assert.ok(linksFound > 250, `only ${linksFound} cases reached the link`);
});
