/**
 * English help stays readable on a right-to-left page: a host's `direction: rtl` does not flip the kit's text, and
 * text from a setting (a lead's name with an unclosed right-to-left override, U+202E) cannot reorder the words
 * around it.
 */
import { expect } from '@esm-bundle/chai';
import { openPage, waitFor } from '../helpers/kit.ts';

const COMPONENTS = ['help-links', 'response-card', 'child-plan', 'exit', 'guides', 'guide', 'alerts', 'family-agreement'];

/** Where a word is drawn, from the left edge: the words of a line read left to right when these increase. */
function leftOf(root: ParentNode, word: string): number {
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(word);
    if (at < 0) continue;
    const range = node.ownerDocument!.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`"${word}" is not shown`);
}

describe('on a right-to-left page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it("every component's English reads left to right, whatever direction the page sets", async () => {
    const page = await openPage('/test/pages/rtl.html');
    expect(page.window.getComputedStyle(page.document.querySelector('main')!).direction).to.equal('rtl');
    for (const name of COMPONENTS) {
      const element = page.document.querySelector(`safe-${name}`)!;
      const kit = await waitFor(() => element.shadowRoot?.querySelector('.kit'), `<safe-${name}> to draw`);
      expect(page.window.getComputedStyle(kit).direction, name).to.equal('ltr');
    }
  });

  it("a lead's name, number and e-mail with an unclosed right-to-left override do not reorder the card's own words", async () => {
    const page = await openPage('/test/pages/rtl.html');
    const card = page.document.querySelector('safe-response-card')!;
    const line = await waitFor(() => card.shadowRoot?.querySelector('.dsl-title'), 'the "Tell …" line');
    // "Tell Ms A Patel‮, designated safeguarding lead": the override would otherwise run to the end of the line.
    expect(leftOf(line, 'Tell')).to.be.lessThan(leftOf(line, 'Patel'));
    expect(leftOf(line, 'Patel')).to.be.lessThan(leftOf(line, 'designated'));
    expect(leftOf(line, 'designated')).to.be.lessThan(leftOf(line, 'safeguarding'));
    expect(leftOf(line, 'safeguarding')).to.be.lessThan(leftOf(line, 'lead'));
    const links = card.shadowRoot!.querySelector('.dsl .contact-links')!;
    expect(leftOf(links, 'Call')).to.be.lessThan(leftOf(links, '01234'));
    expect(leftOf(links, 'Email')).to.be.lessThan(leftOf(links, 'school.example'));
    // The contact list names the lead the same way.
    const contact = card.shadowRoot!.querySelector('[data-contact] .contact-name');
    if (contact?.textContent?.includes('Patel')) expect(leftOf(contact, 'Patel')).to.be.lessThan(leftOf(contact, 'designated'));
  });

  it("the loader's plain help, shown when a component cannot load, reads left to right too", async () => {
    const page = await openPage('/test/pages/rtl-broken.html');
    const help = await waitFor(() => page.document.querySelector<HTMLElement>('safe-help-links [data-safe-kit-help]'), 'the plain help');
    expect(page.window.getComputedStyle(help).direction).to.equal('ltr');
    expect(leftOf(help, 'In immediate danger')).to.be.lessThan(leftOf(help, 'Childline'));
  });
});
