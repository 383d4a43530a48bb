/**
 * Renders the content's markdown nodes as Lit templates: text is always text, links only go where the build
 * allowed (https:, tel:, mailto:). No HTML string is ever made, so nothing here needs a Trusted Types policy.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Inline } from '../content/types.ts';

export function renderInline(nodes: readonly Inline[] | undefined): (TemplateResult | string)[] {
  return (nodes ?? []).map((node) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'em':
        return html`<em>${renderInline(node.children)}</em>`;
      case 'strong':
        return html`<strong>${renderInline(node.children)}</strong>`;
      case 'link':
        return html`<a href=${node.href}>${renderInline(node.children)}</a>`;
      case 'br':
        return html`<br />`;
    }
  });
}

/**
 * @param headingLevel the aria-level given to a `##` heading in the markdown; deeper ones follow on from it.
 */
export function renderBlocks(blocks: readonly Block[], headingLevel = 3): TemplateResult[] {
  return blocks.map((block) => {
    switch (block.type) {
      case 'paragraph':
        return html`<p>${renderInline(block.children)}</p>`;
      case 'heading':
        return html`<p class="md-heading" role="heading" aria-level=${Math.min(6, headingLevel + Math.max(0, block.depth - 2))}>
          ${renderInline(block.children)}
        </p>`;
      case 'list': {
        const items = block.items.map((item) => html`<li>${renderBlocks(item, headingLevel)}</li>`);
        return block.ordered
          ? html`<ol start=${block.start === 1 ? nothing : block.start}>${items}</ol>`
          : html`<ul>${items}</ul>`;
      }
    }
  });
}

/** The digits of a phone number for a tel: link ("0800 1111" → "tel:08001111"). */
export const telHref = (number: string) => `tel:${number.replace(/[^0-9+]/g, '')}`;
