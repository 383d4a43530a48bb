/**
 * Who to contact, as the card shows it: the school's own designated safeguarding lead (from the webmaster's
 * attributes, else the school's file) or a service from content/services/, with tap-to-call numbers and links.
 */
import { h, type Child } from '../../shared/dom.ts';
import { drawInline, telHref } from '../../shared/markdown.ts';
import type { School, ServiceContact } from '../../content/types.ts';
import { SCHOOL_DSL } from '../../content/school-dsl.ts';

/** The school's lead, as the webmaster set it or the school's file gives it; each part may be missing. */
export interface SchoolDsl {
  name?: string;
  phone?: string;
  email?: string;
  /** From the school's file: the school's name and the deputy lead. */
  school?: string;
  deputy?: string;
}

export const DSL_FALLBACK = "your school's designated safeguarding lead";

/**
 * The webmaster's own attributes, each filled in from the school's file where it is missing. A lead the file
 * does not list is reached through the school's own phone and e-mail: never an empty contact.
 */
export function withSchool(own: SchoolDsl, school: School | undefined): SchoolDsl {
  if (!school) return own;
  const name = own.name?.trim() || school.lead;
  // The file's lead's own number and e-mail, and deputy, only when the card names the file's lead.
  const lead = name === school.lead ? school : undefined;
  return {
    name,
    phone: own.phone?.trim() || lead?.leadPhone || school.phone,
    email: own.email?.trim() || lead?.leadEmail || school.email,
    school: school.name,
    deputy: lead?.deputy,
  };
}

// Only a number or address that is plainly one becomes a link: the attributes are typed by hand into a CMS.
const PHONE = /^\+?[0-9][0-9 ()-]{2,20}$/;
const EMAIL = /^[^\s@?&#/:]+@[^\s@?&#/:]+\.[^\s@?&#/:]+$/;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * "Ms A Patel, designated safeguarding lead" or "your school's designated safeguarding lead". The name, typed by
 * the webmaster, is isolated (<bdi>): a right-to-left name, or a stray direction mark in it, cannot reorder the
 * card's own words around it.
 */
export const dslTitle = (dsl: SchoolDsl, capitalised = false): Child =>
  dsl.name
    ? [h('bdi', null, dsl.name), ', designated safeguarding lead']
    : dsl.school
      ? [`${capitalised ? 'T' : 't'}he designated safeguarding lead at `, h('bdi', null, dsl.school)]
      : capitalised ? capital(DSL_FALLBACK) : DSL_FALLBACK;

/** "Call 01234 567890" or "Email …": a link only when it is plainly a number or an address. */
const link = (word: string, value: string, href: string | false) => {
  const text = [`${word} `, h('bdi', null, value)];
  return h('li', null, href ? h('a', { href }, text) : text);
};

export function drawDslLinks(dsl: SchoolDsl): Child {
  const phone = dsl.phone?.trim();
  const email = dsl.email?.trim();
  return [phone && link('Call', phone, PHONE.test(phone) && telHref(phone)), email && link('Email', email, EMAIL.test(email) && `mailto:${email}`)];
}

/** "Deputy: Mr B Example", when the school's file names one. */
export const drawDeputy = (dsl: SchoolDsl) => dsl.deputy && h('span', { class: 'contact-summary' }, 'Deputy: ', h('bdi', null, dsl.deputy));

export function drawContact(id: string, services: ServiceContact[], dsl: SchoolDsl, withSummary = false): Child {
  if (id === SCHOOL_DSL) {
    const hasLinks = Boolean(dsl.phone?.trim() || dsl.email?.trim());
    return h(
      'li',
      { class: 'contact', part: 'contact dsl', 'data-contact': id },
      h('span', { class: 'contact-name' }, dslTitle(dsl, true)),
      drawDeputy(dsl),
      hasLinks
        ? h('ul', { class: 'contact-links', role: 'list' }, drawDslLinks(dsl))
        : h('span', { class: 'contact-summary' }, 'Ask for them through the school.'),
    );
  }
  const service = services.find((s) => s.id === id);
  if (!service) return null;
  return h(
    'li',
    { class: 'contact', part: 'contact', 'data-contact': id },
    h('span', { class: 'contact-name' }, service.name),
    withSummary && h('span', { class: 'contact-summary' }, drawInline(service.summary)),
    h(
      'ul',
      { class: 'contact-links', role: 'list' },
      service.phones.map((p) => h('li', null, h('a', { href: telHref(p.number) }, `Call ${p.number}`), p.label && h('span', { class: 'phone-label' }, ` (${p.label})`))),
      service.url && h('li', null, h('a', { href: service.url }, service.linkText)),
    ),
  );
}
