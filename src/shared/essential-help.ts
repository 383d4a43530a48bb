/**
 * The help every component shows while its content loads, or instead of it if loading fails: a reader in a
 * hurry never meets a blank box or an error message with nothing to do.
 */
import { html } from 'lit';
import help from 'virtual:safe-content/essential-help';
import { telHref } from './markdown.ts';
import type { Audience } from '../content/types.ts';
import { essentialLinksFor } from '../content/essential-links.ts';

export function renderEmergency() {
  const [first, ...rest] = help.emergency;
  if (!first) return html``;
  return html`<p class="emergency" part="emergency">
    <strong>In immediate danger, call <a href=${telHref(first.number)}>${first.number}</a></strong>
    ${rest.map((p) => html`<span class="emergency-more">${p.label ? `${p.label[0].toUpperCase()}${p.label.slice(1)}` : 'Or'}: <a href=${telHref(p.number)}>${p.number}</a></span>`)}
  </p>`;
}

/**
 * @param state "loading" while content is on its way; "failed" if it could not be loaded.
 * @param audience who the component speaks to, where it knows: a children's panel lists only children's services.
 */
export function renderEssentialHelp(state: 'loading' | 'failed', audience?: Audience) {
  return html`<div class="essential" part="essential-help">
    <p>${state === 'loading' ? 'Loading…' : 'This part of the page could not load. You can still get help here:'}</p>
    <ul>
      ${essentialLinksFor(help, audience).map(
        (l) => html`<li>
          ${l.url ? html`<a href=${l.url}>${l.name}</a>` : l.name}${l.phone ? html`: <a href=${telHref(l.phone)}>${l.phone}</a>` : ''}${l.phone && l.note ? ` (${l.note})` : ''}
        </li>`,
      )}
    </ul>
  </div>`;
}

