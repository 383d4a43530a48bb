import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { content, focusableLinks, loadKit, place, rendered, shadowAll, waitFor } from '../../../../test/helpers/kit.ts';
import { expectNoAxeViolations } from '../../../../test/helpers/axe.ts';
import { AUDIENCES, type Audience, type Service } from '../../../content/types.ts';

const digits = (n: string) => n.replace(/\s/g, '');

async function panel(audience: Audience | string) {
  await loadKit();
  const element = place('safe-help-links', { audience });
  await rendered(element, '[data-service]');
  return element;
}

describe('safe-help-links', () => {
  let services: Service[];
  before(async () => {
    services = await content('services');
  });
  // Also the narrow box and the start button some tests add: a failing test leaves nothing behind for the next.
  afterEach(() => document.querySelectorAll('safe-help-links, .narrow, button').forEach((e) => e.remove()));

  for (const audience of AUDIENCES) {
    describe(`for ${audience}`, () => {
      it('lists exactly the services whose content file names this audience', async () => {
        const element = await panel(audience);
        const shown = shadowAll(element, '[data-service]').map((e) => e.dataset.service).sort();
        const expected = services.filter((s) => s.audiences[audience] && !s.emergency).map((s) => s.id).sort();
        expect(shown).to.deep.equal(expected);
      });

      it('shows every listed phone number as a tap-to-call link, and every website and e-mail as a link', async () => {
        const element = await panel(audience);
        for (const item of shadowAll(element, '[data-service]')) {
          const service = services.find((s) => s.id === item.dataset.service)!;
          const hrefs = [...item.querySelectorAll('a')].map((a) => a.getAttribute('href'));
          for (const phone of service.phones) expect(hrefs, service.id).to.include(`tel:${digits(phone.number)}`);
          if (service.url) expect(hrefs, service.id).to.include(service.url);
          if (service.email) expect(hrefs, service.id).to.include(`mailto:${service.email}`);
          expect(item.textContent).to.contain(service.name);
        }
      });

      it('puts "In immediate danger, call 999" first, as a tap-to-call link', async () => {
        const element = await panel(audience);
        const emergency = services.find((s) => s.emergency)!;
        const line = (await rendered(element, '[part="emergency"]')) as HTMLElement;
        expect(line.textContent!.replace(/\s+/g, ' ')).to.contain(`In immediate danger, call ${emergency.phones[0].number}`);
        expect(line.querySelector('a')!.getAttribute('href')).to.equal(`tel:${digits(emergency.phones[0].number)}`);
        // Before every service in the panel.
        const first = element.shadowRoot!.querySelector('[data-service]')!;
        expect(line.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
        // Prominent: on the emergency colour, bigger than the body text.
        const base = parseFloat(getComputedStyle(element.shadowRoot!.querySelector('.kit')!).fontSize);
        expect(parseFloat(getComputedStyle(line).fontSize)).to.be.greaterThan(base);
      });

      it('has no accessibility violations (axe)', async () => {
        await expectNoAxeViolations(await panel(audience));
      });
    });
  }

  it("lists each group in the order of the content's ranks for the audience, not the alphabet", async () => {
    let differsFromAlphabet = false;
    for (const audience of AUDIENCES) {
      const element = await panel(audience);
      for (const category of ['talk', 'report', 'advice'] as const) {
        const inGroup = services.filter((s) => s.category === category && !s.emergency && s.audiences[audience] !== undefined);
        const byRank = [...inGroup].sort((a, b) => a.audiences[audience]! - b.audiences[audience]!).map((s) => s.id);
        const byName = [...inGroup].sort((a, b) => a.name.localeCompare(b.name)).map((s) => s.id);
        if (byRank.join() !== byName.join()) differsFromAlphabet = true;
        const shown = shadowAll(element, '[data-service]')
          .map((e) => e.dataset.service!)
          .filter((id) => byRank.includes(id));
        expect(shown, `${audience}: ${category}`).to.deep.equal(byRank);
      }
      element.remove();
    }
    // Without a group whose ranks differ from the alphabet, this test could not tell the two orders apart.
    expect(differsFromAlphabet, 'some group is ranked otherwise than alphabetically').to.equal(true);
  });

  it('shows children Childline first', async () => {
    const element = await panel('children');
    expect(shadowAll(element, '[data-service]')[0].dataset.service).to.equal('childline');
  });

  it('shows staff the Professionals Online Safety Helpline', async () => {
    const element = await panel('staff');
    const posh = services.find((s) => /Professionals Online Safety Helpline/.test(s.name))!;
    expect(shadowAll(element, '[data-service]').map((e) => e.dataset.service)).to.include(posh.id);
  });

  it('gives parents a digital parenting magazine', async () => {
    const element = await panel('parents');
    const text = shadowAll(element, '[data-service]').map((e) => e.textContent).join(' ');
    expect(text).to.match(/digital parenting magazine/i);
  });

  it('uses plain text links only: no images, no CEOP artwork', async () => {
    const element = await panel('parents');
    expect(element.shadowRoot!.querySelectorAll('img, svg, picture, object, iframe')).to.have.length(0);
  });

  it('links only to https:, tel: and mailto: addresses', async () => {
    const element = await panel('staff');
    for (const a of shadowAll(element, 'a')) expect(a.getAttribute('href')).to.match(/^(https:\/\/|tel:|mailto:)/);
  });

  it('reads a forgiving audience ("Carers") and falls back to parents for an unknown one', async () => {
    const carers = await panel('Carers');
    const unknown = await panel('martians');
    const ids = (e: Element) => shadowAll(e, '[data-service]').map((x) => x.dataset.service);
    const parents = services.filter((s) => s.audiences.parents && !s.emergency).length;
    expect(ids(carers)).to.have.length(parents);
    expect(ids(unknown)).to.deep.equal(ids(carers));
  });

  it('changes its list when the audience attribute changes (fetching that audience\'s services)', async () => {
    const element = await panel('parents');
    expect(shadowAll(element, '[data-service]')[0].dataset.service).to.not.equal('childline');
    element.setAttribute('audience', 'children');
    await waitFor(() => shadowAll(element, '[data-service]')[0]?.dataset.service === 'childline', "the children's list, Childline first");
    const children = services.filter((s) => s.audiences.children && !s.emergency).length;
    expect(shadowAll(element, '[data-service]')).to.have.length(children);
  });

  it('sets its heading level from heading-level, and services one level below', async () => {
    await loadKit();
    const element = place('safe-help-links', { audience: 'parents', 'heading-level': '3' });
    await rendered(element, '[data-service]');
    expect(element.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    const levels = shadowAll(element, '[role="heading"]').map((h) => Number(h.getAttribute('aria-level')));
    expect(Math.min(...levels)).to.equal(3);
  });

  it('can be used by keyboard alone: Tab reaches every link in order, each with a visible focus', async () => {
    const element = await panel('children');
    // The quick exit's code is fetched beside the content: once it has drawn, its plain stand-in link is gone.
    const exit = element.shadowRoot!.querySelector('safe-exit')!;
    await rendered(exit, '[part="button"]');
    await waitFor(() => !exit.querySelector('a'), 'the stand-in exit link to go');
    const links = focusableLinks(element);
    expect(links.length).to.be.greaterThan(3);
    const start = document.createElement('button');
    start.textContent = 'start';
    element.before(start);
    start.focus();
    // The children's quick exit comes first of all.
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement === exit && exit.shadowRoot!.activeElement?.getAttribute('part') === 'button', 'Tab reaches the quick exit first').to.equal(true);
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      // Compared as booleans: chai's message for two unequal elements can take minutes to build.
      expect(element.shadowRoot!.activeElement === link, `Tab should reach "${link.textContent}"`).to.equal(true);
      const focused = getComputedStyle(link);
      expect(focused.backgroundColor, `focus style of ${link.textContent}`).to.equal('rgb(255, 221, 0)');
    }
    start.remove();
  });

  it('gives every call, website and e-mail link a large tap target (at least 44px high at the default text size)', async () => {
    const element = await panel('parents');
    const targets = shadowAll(element, '.contact a');
    expect(targets.length).to.be.greaterThan(5);
    for (const a of targets) expect(a.getBoundingClientRect().height, a.textContent!).to.be.at.least(43.9);
  });

  it('reflows at 200% text on a 320px-wide screen: nothing is cut off or needs sideways scrolling', async () => {
    await loadKit();
    const narrow = place('div');
    narrow.className = 'narrow';
    narrow.setAttribute('style', 'width: 320px; --safe-font-size: 32px');
    const element = document.createElement('safe-help-links');
    element.setAttribute('audience', 'staff');
    narrow.append(element);
    await rendered(element, '[data-service]');
    const kit = element.shadowRoot!.querySelector<HTMLElement>('.kit')!;
    expect(parseFloat(getComputedStyle(kit).fontSize)).to.equal(32);
    expect(kit.scrollWidth, 'the panel is no wider than the screen').to.be.at.most(kit.clientWidth + 1);
    for (const a of shadowAll(element, 'a')) {
      expect(a.getBoundingClientRect().right, a.textContent!).to.be.at.most(narrow.getBoundingClientRect().right + 1);
    }
    narrow.remove();
  });

  it('is never blank: its first render has the heading, 999 and links to help, before the services arrive', async () => {
    await loadKit();
    const element = place('safe-help-links', { audience: 'children' });
    await element.updateComplete;
    const root = element.shadowRoot!;
    const services = root.querySelectorAll('[data-service]').length;
    const help = root.querySelectorAll('[part="essential-help"] a').length;
    expect(root.querySelector('[part="heading"]')!.textContent).to.not.equal('');
    expect(root.querySelector('[part="emergency"] a')!.getAttribute('href')).to.equal('tel:999');
    expect(services + help, 'services or essential help links').to.be.greaterThan(0);
  });
});
