/**
 * Who to contact, as the card shows it: the school's own designated safeguarding lead (from the webmaster's
 * attributes, else the school's file) or a service from content/services/, with tap-to-call numbers and links.
 */
import { html, nothing } from 'lit';
import { drawn } from '../../shared/drawn.ts';
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
export const dslTitle = (dsl: SchoolDsl, capitalised = false) =>
  dsl.name
    ? html`<bdi>${dsl.name}</bdi>, designated safeguarding lead`
    : dsl.school
      ? html`${capitalised ? 'T' : 't'}he designated safeguarding lead at <bdi>${dsl.school}</bdi>`
      : capitalised ? capital(DSL_FALLBACK) : DSL_FALLBACK;

export function renderDslLinks(dsl: SchoolDsl) {
  const phone = dsl.phone?.trim();
  const email = dsl.email?.trim();
  return html`${phone
    ? html`<li>${PHONE.test(phone) ? html`<a href=${telHref(phone)}>Call <bdi>${phone}</bdi></a>` : html`Call <bdi>${phone}</bdi>`}</li>`
    : nothing}${email
    ? html`<li>${EMAIL.test(email) ? html`<a href=${`mailto:${email}`}>Email <bdi>${email}</bdi></a>` : html`Email <bdi>${email}</bdi>`}</li>`
    : nothing}`;
}

/** "Deputy: Mr B Example", when the school's file names one. */
export const renderDeputy = (dsl: SchoolDsl) => (dsl.deputy ? html`<span class="contact-summary">Deputy: <bdi>${dsl.deputy}</bdi></span>` : nothing);

export function renderContact(id: string, services: ServiceContact[], dsl: SchoolDsl, withSummary = false) {
  if (id === SCHOOL_DSL) {
    const hasLinks = Boolean(dsl.phone?.trim() || dsl.email?.trim());
    return html`<li class="contact" part="contact dsl" data-contact=${id}>
      <span class="contact-name">${dslTitle(dsl, true)}</span>
      ${renderDeputy(dsl)}
      ${hasLinks
        ? html`<ul class="contact-links" role="list">${renderDslLinks(dsl)}</ul>`
        : html`<span class="contact-summary">Ask for them through the school.</span>`}
    </li>`;
  }
  const service = services.find((s) => s.id === id);
  if (!service) return nothing;
  return html`<li class="contact" part="contact" data-contact=${id}>
    <span class="contact-name">${service.name}</span>
    ${withSummary ? html`<span class="contact-summary">${drawn(drawInline, service.summary)}</span>` : nothing}
    <ul class="contact-links" role="list">
      ${service.phones.map(
        (p) => html`<li><a href=${telHref(p.number)}>Call ${p.number}</a>${p.label ? html`<span class="phone-label"> (${p.label})</span>` : nothing}</li>`,
      )}
      ${service.url ? html`<li><a href=${service.url}>${service.linkText}</a></li>` : nothing}
    </ul>
  </li>`;
}
