/**
 * Draws the content's markdown nodes with the kit's DOM calls (./dom.ts). Text is always text, links only go where
 * the build allowed (https:, tel:, mailto:). No HTML string is ever made, so nothing here needs a Trusted Types
 * policy.
 */
import { fragment, h, type Child } from './dom.ts';
import type { Block, Inline } from '../content/types.ts';

const inline = (nodes: readonly Inline[] | undefined): Child[] =>
  (nodes ?? []).map((node) =>
    node.type === 'text'
      ? node.text
      : node.type === 'br'
        ? h('br')
        : h(node.type === 'link' ? 'a' : node.type, node.type === 'link' ? { href: node.href } : null, inline(node.children)),
  );

/** A line of markdown (a summary, a step): text, emphasis, links and line breaks. */
export const drawInline = (nodes: readonly Inline[] | undefined) => fragment(inline(nodes));

const blocks = (list: readonly Block[], level: number): Child[] =>
  list.map((block) =>
    block.type === 'paragraph'
      ? h('p', null, inline(block.children))
      : block.type === 'heading'
        ? h('p', { class: 'md-heading', role: 'heading', 'aria-level': Math.min(6, level + Math.max(0, block.depth - 2)) }, inline(block.children))
        : h(
            block.ordered ? 'ol' : 'ul',
            { start: block.ordered && block.start !== 1 ? block.start : null },
            block.items.map((item) => h('li', null, blocks(item, level))),
          ),
  );

/**
 * Paragraphs, headings and lists.
 * @param headingLevel the aria-level given to a `##` heading in the markdown; deeper ones follow on from it.
 */
export const drawBlocks = (list: readonly Block[], headingLevel = 3) => fragment(blocks(list, headingLevel));

/** The digits of a phone number for a tel: link ("0800 1111" → "tel:08001111"). */
export const telHref = (number: string) => `tel:${number.replace(/[^0-9+]/g, '')}`;
