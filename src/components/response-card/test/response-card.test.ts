import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { content, loadKit, place, rendered, shadowAll, waitFor } from '../../../../test/helpers/kit.ts';
import { expectNoAxeViolations } from '../../../../test/helpers/axe.ts';
import type { ResponseCard, Service } from '../../../content/types.ts';
import { card, headings, squash, text } from './helpers.ts';

const visible = (el: Element | null) => Boolean(el && el.getClientRects().length > 0);

describe('safe-response-card', () => {
  let cards: ResponseCard[];
  let services: Service[];
  before(async () => {
    cards = await content('response');
    services = await content('services');
  });
  afterEach(() => document.querySelectorAll('safe-response-card').forEach((e) => e.remove()));

  it('has a card for each audience, staff and parents, in the content', () => {
    expect(cards.map((c) => c.audience).sort()).to.deep.equal(['parents', 'staff']);
  });

  for (const audience of ['staff', 'parents'] as const) {
    describe(`for ${audience}`, () => {
      const theCard = () => cards.find((c) => c.audience === audience)!;

      it("shows the card's title, summary and every section of its text", async () => {
        const element = await card({ audience });
        const root = element.shadowRoot!;
        expect(squash(root.querySelector('[part="heading"]')!.textContent)).to.equal(theCard().title);
        expect(squash(root.querySelector('.summary')!.textContent)).to.equal(squash(text(theCard().summary)));
        const shown = shadowAll(element, '.advice [role="heading"]').map((h) => squash(h.textContent));
        expect(shown).to.deep.equal(headings(theCard().body));
        expect(root.querySelector('[data-audience]')!.getAttribute('data-audience')).to.equal(audience);
      });

      it('lists whom to contact, in the order of the content, with each service\'s numbers as tap-to-call links', async () => {
        const element = await card({ audience });
        const items = shadowAll(element, '.who [data-contact]');
        // A local contact (the council's front door, its LADO) is shown only where a council's folder gives it:
        // test/embed/school.test.ts shows them in the example council's kit.
        const shown = theCard().contacts.filter((id) => id === 'school-dsl' || services.some((s) => s.id === id));
        expect(items.map((i) => i.dataset.contact)).to.deep.equal(shown);
        for (const item of items) {
          const service = services.find((s) => s.id === item.dataset.contact);
          if (!service) continue;
          const hrefs = [...item.querySelectorAll('a')].map((a) => a.getAttribute('href'));
          for (const phone of service.phones) expect(hrefs).to.include(`tel:${phone.number.replace(/\s/g, '')}`);
          if (service.url) expect(hrefs).to.include(service.url);
        }
      });

      it('names its source and the date it was checked', async () => {
        const element = await card({ audience });
        const source = element.shadowRoot!.querySelector('[part="source"]')!;
        expect(source.querySelector('a')!.getAttribute('href')).to.equal(theCard().source);
        expect(source.textContent).to.contain(theCard().reviewed);
      });

      it('the short form shows the key points and opens into the full card', async () => {
        const element = await card({ audience, variant: 'short' });
        const root = element.shadowRoot!;
        const points = shadowAll(element, '[part="key-points"] li').map((li) => squash(li.textContent));
        expect(points).to.deep.equal(theCard().keyPoints.map((p) => squash(text(p))));
        const toggle = root.querySelector<HTMLButtonElement>('[part="toggle"]')!;
        const full = root.querySelector('#full')!;
        expect(toggle.getAttribute('aria-controls')).to.equal('full');
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        expect(visible(full)).to.equal(false);
        toggle.click();
        await element.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        expect(visible(full)).to.equal(true);
        expect(visible(root.querySelector('[part="question"]'))).to.equal(true);
        toggle.click();
        await element.updateComplete;
        expect(visible(full)).to.equal(false);
      });

      it('has no accessibility violations (axe), full and short, closed and open', async () => {
        await expectNoAxeViolations(await card({ audience, 'dsl-name': 'Ms A Example', 'dsl-phone': '01234 567890' }));
        const short = await card({ audience, variant: 'short' });
        await expectNoAxeViolations(short);
        short.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
        await short.updateComplete;
        await expectNoAxeViolations(short);
      });

      it('prints as one A4 page: the full card, even from the short form, without the questions or buttons', async function () {
        // Print media can be emulated only through the Chrome DevTools Protocol, which Firefox does not offer.
        if (!(await emulateMedia({ media: 'screen' }).then(() => true, () => false))) this.skip();
        // A4 at 96 dpi is 794 × 1123 px; with 1 cm margins on each side, 718 × 1047 px are left for the card.
        const holder = document.createElement('div');
        holder.style.width = '718px';
        document.body.append(holder);
        for (const variant of ['full', 'short']) {
          await loadKit();
          const element = place('safe-response-card', { audience, variant, 'dsl-name': 'Ms A Example', 'dsl-phone': '01234 567890', 'dsl-email': 'dsl@school.example' });
          holder.append(element);
          await rendered(element, '.full');
          const root = element.shadowRoot!;
          try {
            await emulateMedia({ media: 'print' });
            expect(visible(root.querySelector('#full')), `${variant}: the full card prints`).to.equal(true);
            expect(visible(root.querySelector('.advice')), `${variant}: the advice prints`).to.equal(true);
            expect(visible(root.querySelector('.who [data-contact]')), `${variant}: the contacts print`).to.equal(true);
            expect(visible(root.querySelector('[part="dsl"]')), `${variant}: the school's lead prints`).to.equal(true);
            expect(visible(root.querySelector('[part="flow"]')), `${variant}: the questions do not print`).to.equal(false);
            expect(shadowAll(element, 'button').some(visible), `${variant}: no button prints`).to.equal(false);
            const height = root.querySelector('.kit')!.getBoundingClientRect().height;
            expect(height, `${variant}: printed height in px`).to.be.at.most(1047);
          } finally {
            await emulateMedia({ media: 'screen' });
          }
          element.remove();
        }
        holder.remove();
      });
    });
  }

  it("shows the school's own safeguarding lead, with a tap-to-call number and an e-mail link", async () => {
    const element = await card({ audience: 'staff', 'dsl-name': 'Ms A Example', 'dsl-phone': '01234 567890', 'dsl-email': 'dsl@school.example' });
    const dsl = element.shadowRoot!.querySelector('[part~="dsl"]')!;
    expect(dsl.textContent).to.contain('Ms A Example');
    const hrefs = [...dsl.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:01234567890', 'mailto:dsl@school.example']);
  });

  it("without the school's details, says \"your school's designated safeguarding lead\"", async () => {
    for (const audience of ['staff', 'parents']) {
      const element = await card({ audience });
      for (const dsl of shadowAll(element, '[part~="dsl"]')) {
        expect(squash(dsl.textContent).toLowerCase()).to.contain("your school's designated safeguarding lead");
        expect(dsl.querySelectorAll('a').length).to.equal(0);
      }
    }
  });

  it('does not make a link of a phone number or e-mail address that is not one', async () => {
    const element = await card({ audience: 'staff', 'dsl-phone': 'ask at reception', 'dsl-email': 'javascript:alert(1)' });
    const dsl = element.shadowRoot!.querySelector('[part~="dsl"]')!;
    expect(dsl.querySelectorAll('a').length).to.equal(0);
    expect(dsl.textContent).to.contain('ask at reception');
  });

  it('the print button prints the page', async () => {
    const element = await card({ audience: 'parents', variant: 'short' });
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part="print"]')!.click();
      // The helper that prints it alone is fetched on the first print.
      await waitFor(() => printed === 1, 'the print dialog');
    } finally {
      window.print = original;
      window.dispatchEvent(new Event('afterprint'));
    }
    expect(printed).to.equal(1);
  });

  it('reads a forgiving audience ("Teachers") and falls back to parents for an unknown one', async () => {
    const teachers = await card({ audience: 'Teachers' });
    const unknown = await card({ audience: 'martians' });
    const title = (e: Element) => squash(e.shadowRoot!.querySelector('[part="heading"]')!.textContent);
    expect(title(teachers)).to.equal(cards.find((c) => c.audience === 'staff')!.title);
    expect(title(unknown)).to.equal(cards.find((c) => c.audience === 'parents')!.title);
  });

  it('sets its heading level from heading-level, and its sections one level below', async () => {
    const element = await card({ audience: 'staff', 'heading-level': '3' });
    expect(element.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    const levels = shadowAll(element, '[role="heading"]').map((h) => Number(h.getAttribute('aria-level')));
    expect(Math.min(...levels)).to.equal(3);
    expect(shadowAll(element, '.section-title').every((h) => h.getAttribute('aria-level') === '4')).to.equal(true);
  });

  it('is never blank: its first render has a heading, 999 and links to help, before the content arrives', async () => {
    await loadKit();
    const element = place('safe-response-card', { audience: 'staff' });
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(squash(root.querySelector('[part="heading"]')!.textContent)).to.not.equal('');
    expect(root.querySelector('[part="emergency"] a')!.getAttribute('href')).to.equal('tel:999');
    const links = root.querySelectorAll('[part="essential-help"] a, .full a').length;
    expect(links).to.be.greaterThan(0);
  });
});
