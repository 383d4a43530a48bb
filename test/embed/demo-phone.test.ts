/**
 * The demo pages a webmaster opens on a phone, with the reader's text doubled: none is wider than the screen.
 * Get the code's menus and snippets stay inside a 320 px page.
 */
import { expect } from '@esm-bundle/chai';
import { KIT, waitFor } from '../helpers/kit.ts';
import { desktopAgain, phoneWithDoubledText } from '../helpers/phone.ts';

async function pageAt(path: string, width: number) {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '640';
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('the demo on a 320 px phone at 200% text', () => {
  before(() => phoneWithDoubledText());
  after(() => desktopAgain());
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('Get the code is no wider than the phone, with its menus filled in', async () => {
    const frame = await pageAt(`${KIT}demo/get-the-code.html`, 320);
    const doc = frame.contentDocument!;
    await waitFor(() => (doc.querySelector<HTMLSelectElement>('#component')?.options.length ?? 0) > 0, 'the component list');
    // The reader's text size reached the page (or, in Firefox, the page is zoomed the same way by its own CSS).
    if (parseFloat(getComputedStyle(doc.documentElement).fontSize) < 32) doc.documentElement.style.fontSize = '200%';
    const wide = [...doc.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > doc.documentElement.clientWidth + 0.5);
    const widest = wide.map((e) => e.getBoundingClientRect().right).reduce((a, b) => Math.max(a, b), 0);
    const named = wide.slice(0, 5).map((e) => `<${e.localName}${e.id ? `#${e.id}` : ''}> to ${Math.round(e.getBoundingClientRect().right)} px`).join(', ');
    expect(named, 'wider than the screen').to.equal('');
    expect(doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(doc.documentElement.clientWidth);
    expect(widest).to.equal(0);
  });
});
