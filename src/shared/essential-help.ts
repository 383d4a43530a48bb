/**
 * The help every component shows while its content loads, or instead of it if loading fails: a reader in a
 * hurry never meets a blank box or an error message with nothing to do. Drawn with the kit's DOM calls (./dom.ts),
 * once for every component.
 */
import help from 'virtual:safe-content/essential-help';
import { h } from './dom.ts';
import { telHref } from './markdown.ts';
import type { Audience } from '../content/types.ts';
import { essentialLinksFor } from '../content/essential-links.ts';

const call = (number: string) => h('a', { href: telHref(number) }, number);

/** "In immediate danger, call 999", and the other numbers the council lists with it (e.g. 101). */
export function drawEmergency(): Node {
  const [first, ...rest] = help.emergency;
  if (!first) return document.createDocumentFragment();
  return h(
    'p',
    { class: 'emergency', part: 'emergency' },
    h('strong', null, 'In immediate danger, call ', call(first.number)),
    rest.map((p) => [' ', h('span', { class: 'emergency-more' }, `${p.label ? `${p.label[0].toUpperCase()}${p.label.slice(1)}` : 'Or'}: `, call(p.number))]),
  );
}

/**
 * @param state "loading" while content is on its way; "failed" if it could not be loaded.
 * @param audience who the component speaks to, where it knows: a children's panel lists only children's services.
 */
export function drawEssentialHelp(state: 'loading' | 'failed', audience?: Audience): Node {
  return h(
    'div',
    { class: 'essential', part: 'essential-help' },
    h('p', null, state === 'loading' ? 'Loading…' : 'This part of the page could not load. You can still get help here:'),
    h(
      'ul',
      null,
      essentialLinksFor(help, audience).map((l) =>
        h(
          'li',
          null,
          l.url ? h('a', { href: l.url }, l.name) : l.name,
          l.phone && [': ', call(l.phone), l.note && ` (${l.note})`],
        ),
      ),
    ),
  );
}
