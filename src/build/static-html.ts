/**
 * The content's markdown nodes as HTML and as plain text, for what the build writes (feeds, the alerts' pages,
 * the frames, the content report; the components never make HTML strings). Every piece of text is escaped; links
 * are the https:, tel: and mailto: addresses the build already allowed.
 */
import type { Block, Inline } from '../content/types.ts';

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function inlineHtml(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return escapeHtml(n.text);
        case 'em':
          return `<em>${inlineHtml(n.children)}</em>`;
        case 'strong':
          return `<strong>${inlineHtml(n.children)}</strong>`;
        case 'link':
          return `<a href="${escapeHtml(n.href)}">${inlineHtml(n.children)}</a>`;
        case 'br':
          return '<br>';
      }
    })
    .join('');
}

/** @param headingLevel the <h…> a `##` heading becomes. */
export function blocksHtml(blocks: readonly Block[], headingLevel = 2): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
          return `<p>${inlineHtml(b.children)}</p>`;
        case 'heading': {
          const h = Math.min(6, headingLevel + Math.max(0, b.depth - 2));
          return `<h${h}>${inlineHtml(b.children)}</h${h}>`;
        }
        case 'list': {
          const items = b.items.map((item) => `<li>${blocksHtml(item, headingLevel)}</li>`).join('');
          return b.ordered ? `<ol${b.start === 1 ? '' : ` start="${b.start}"`}>${items}</ol>` : `<ul>${items}</ul>`;
        }
      }
    })
    .join('\n');
}

export function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return n.text;
      if (n.type === 'br') return '\n';
      const text = inlineText(n.children);
      // A link keeps its address, so a plain-text e-mail still says where to go.
      return n.type === 'link' && text !== n.href.replace(/^(tel|mailto):/, '') ? `${text} (${n.href.replace(/^(tel|mailto):/, '')})` : text;
    })
    .join('');
}

export function blocksText(blocks: readonly Block[], indent = ''): string {
  return blocks
    .map((b) => {
      if (b.type === 'paragraph' || b.type === 'heading') return `${indent}${inlineText(b.children)}`;
      return b.items
        .map((item, i) => `${indent}${b.ordered ? `${b.start + i}.` : '-'} ${blocksText(item, `${indent}  `).trimStart()}`)
        .join('\n');
    })
    .join('\n\n');
}
