/**
 * The pages the kit publishes besides its components, opened on a 320 px phone with the reader's text doubled: none
 * is wider than the screen. Get the code's menus and snippets, and the alert pages the feeds link to.
 */
import { expect } from '@esm-bundle/chai';
// The kit's own pages on the test page's origin (KIT_PATH), so that the test can look inside them.
import { KIT_PATH as KIT, content, waitFor } from '../helpers/kit.ts';
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

  it('every alert page (dist/alerts/*.html), and their index, is no wider than the phone', async () => {
    const alerts = await content('alerts');
    const pages = ['index.html', ...alerts.map((a) => `${a.id}.html`)];
    let checked = 0;
    for (const name of pages) {
      const frame = await pageAt(`${KIT}alerts/${name}`, 320);
      const doc = frame.contentDocument!;
      if (!doc.querySelector('h1')) {
        frame.remove();
        continue; // an expired alert has no page of its own
      }
      if (parseFloat(getComputedStyle(doc.documentElement).fontSize) < 32) doc.documentElement.style.fontSize = '200%';
      expect(doc.documentElement.scrollWidth, `${name} scrolls sideways`).to.be.at.most(doc.documentElement.clientWidth);
      checked++;
      frame.remove();
    }
    expect(checked).to.be.at.least(2);
  });
});

describe('the demo shows each component on a phone beside the desktop view', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const [page, tag] of [
    ['index.html', 'safe-help-links'],
    ['response-card.html', 'safe-response-card'],
    ['child-plan.html', 'safe-child-plan'],
    ['guides.html', 'safe-guides'],
    ['alerts.html', 'safe-alerts'],
    ['family-agreement.html', 'safe-family-agreement'],
  ]) {
    it(`${page}: a 375 px phone frame of ${tag}, beside the desktop view`, async () => {
      const frame = await pageAt(`${KIT}demo/${page}`, 1280);
      frame.height = '1200';
      const doc = frame.contentDocument!;
      const phone = doc.querySelector<HTMLIFrameElement>('iframe.phone')!;
      expect(phone, 'the phone frame').to.exist;
      expect(phone.clientWidth, 'as wide as a phone').to.equal(375);
      const inner = await waitFor(() => phone.contentDocument?.querySelector(tag)?.shadowRoot?.querySelector('.kit'), `${tag} in the phone frame`, 15000);
      expect(inner.getBoundingClientRect().width).to.be.at.most(375);
      // Beside a desktop example: side by side, not stacked.
      const box = phone.getBoundingClientRect();
      const beside = [...doc.querySelectorAll('.example:not(.phone-view)')].some((e) => {
        const r = e.getBoundingClientRect();
        return r.right <= box.left && r.bottom > box.top && r.top < box.bottom;
      });
      expect(beside, 'a desktop example beside the phone').to.equal(true);
    });
  }
});
