/**
 * The help panel's "Your school" entry, for parents and staff on a page that names its school (`school`): fetched
 * with the school's details, so a panel without one downloads neither.
 */
import { h } from '../../shared/dom.ts';
import { telHref } from '../../shared/markdown.ts';
import type { School } from '../../content/types.ts';

/** The school the snippet names: its lead (or, with none listed, the school itself) and how to reach them. */
export function drawSchool(school: School, level: number) {
  const phone = school.leadPhone || school.phone;
  const email = school.leadEmail || school.email;
  return [
    h('p', { class: 'group-title', role: 'heading', 'aria-level': level }, 'Your school'),
    h(
      'ul',
      { class: 'services', role: 'list' },
      h(
        'li',
        { class: 'service', part: 'service school', 'data-school': school.id },
        h('p', { class: 'name', role: 'heading', 'aria-level': level + 1 }, school.name),
        h(
          'p',
          null,
          school.lead
            ? `Talk to ${school.lead}, the designated safeguarding lead${school.deputy ? ` (deputy: ${school.deputy})` : ''}.`
            : 'Ask for the designated safeguarding lead.',
        ),
        h(
          'ul',
          { class: 'contact', role: 'list' },
          h('li', null, h('a', { href: telHref(phone) }, `Call ${phone}`)),
          email && h('li', null, h('a', { href: `mailto:${email}` }, `Email ${email}`)),
          school.onlineSafetyPage && h('li', null, h('a', { href: school.onlineSafetyPage }, "The school's online safety page")),
        ),
      ),
    ),
  ];
}

