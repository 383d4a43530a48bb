/**
 * Pieces every frame page's build-time content uses: contacts written as the components write them, and the
 * heading levels of a frame (the frame's own heading is an <h2>, so its sections are <h3>).
 */
import type { Phone } from '../../content/types.ts';
import { escapeHtml } from '../static-html.ts';

export const tel = (n: string) => `tel:${n.replace(/\s/g, '')}`;
export const h = (level: number, text: string, attrs = '') => `<h${level}${attrs}>${text}</h${level}>`;

/** "Call 0800 1111 (free, 24 hours)" as a tap-to-call link with its label. */
export const phoneLink = (p: Phone, name?: string) =>
  `<a href="${tel(p.number)}">Call ${name ? `${escapeHtml(name)}: ` : ''}${escapeHtml(p.number)}</a>${p.label ? ` (${escapeHtml(p.label)})` : ''}`;

export const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/** "25 November 2026", as the components write dates. */
export const longDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const list = (items: string[], cls?: string) => `<ul${cls ? ` class="${cls}"` : ''}>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
