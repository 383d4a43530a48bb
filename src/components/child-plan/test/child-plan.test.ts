import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { content, focusableLinks, loadKit, place, rendered, shadowAll, waitFor } from '../../../../test/helpers/kit.ts';
import { expectNoAxeViolations } from '../../../../test/helpers/axe.ts';
import { whilePrinting } from '../../../../test/helpers/print.ts';
import { recordExits, recordedExits } from '../../exit/test/record-exits.ts';
import type { ChildPlan, Inline, Service } from '../../../content/types.ts';
import { CHILD_PLAN_VERSIONS } from '../../../content/child-plan-versions.ts';

recordExits();

const digits = (n: string) => n.replace(/\s/g, '');
const words = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const textOf = (nodes: Inline[]): string =>
  nodes.map((n) => ('text' in n ? n.text : 'children' in n ? textOf(n.children) : ' ')).join('');

async function plan(attributes: Record<string, string> = {}) {
  await loadKit();
  const element = place('safe-child-plan', attributes);
  await rendered(element, '[part="step"]');
  await rendered(element, 'safe-exit');
  const exit = element.shadowRoot!.querySelector('safe-exit')!;
  await rendered(exit, '[part="button"]');
  return element;
}

const exitOf = (element: Element) => element.shadowRoot!.querySelector('safe-exit')!;
const exitButton = (element: Element) => exitOf(element).shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;

describe('safe-child-plan', () => {
  let plans: ChildPlan[];
  let services: Service[];
  before(async () => {
    plans = await content('child-plan');
    services = await content('services');
  });
  beforeEach(() => {
    recordedExits.length = 0;
  });
  afterEach(() => document.querySelectorAll('safe-child-plan, button').forEach((e) => e.remove()));

  it('has a plan for each version, younger and older', () => {
    expect(plans.map((p) => p.id)).to.deep.equal([...CHILD_PLAN_VERSIONS]);
  });

  for (const version of CHILD_PLAN_VERSIONS) {
    describe(`the ${version} version`, () => {
      const expected = () => plans.find((p) => p.id === version)!;

      it('shows the title, the opening words and the closing words from its content file', async () => {
        const element = await plan({ version });
        const root = element.shadowRoot!;
        expect(words(root.querySelector('[part="heading"]')!.textContent)).to.equal(expected().title);
        expect(words(root.querySelector('[part="intro"]')!.textContent)).to.equal(words(textOf(expected().intro)));
        const closing = expected().body.map((b) => (b.type === 'paragraph' ? textOf(b.children) : '')).join(' ');
        expect(words(root.querySelector('.closing')!.textContent)).to.equal(words(closing));
      });

      it('shows exactly three numbered steps, each with its heading and words', async () => {
        const element = await plan({ version });
        const steps = shadowAll(element, '[part="step"]');
        expect(steps.map((s) => s.dataset.step)).to.deep.equal(['1', '2', '3']);
        steps.forEach((step, i) => {
          const heading = step.querySelector('[role="heading"]')!;
          expect(words(heading.textContent)).to.equal(`Step ${i + 1}: ${expected().steps[i].heading}`);
          expect(words(step.textContent)).to.contain(words(textOf(expected().steps[i].text)));
        });
      });

      it('says it is not their fault before the steps (no blame)', async () => {
        const element = await plan({ version });
        const intro = element.shadowRoot!.querySelector('[part="intro"]')!;
        expect(intro.textContent).to.match(/not your fault/i);
        const firstStep = element.shadowRoot!.querySelector('[part="step"]')!;
        expect(intro.compareDocumentPosition(firstStep) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      });

      it('points to Childline, Report Remove and CEOP, with the numbers and links of their service files', async () => {
        const element = await plan({ version });
        const contacts = shadowAll(element, '[part="contact"]');
        expect(contacts.map((c) => c.dataset.service)).to.deep.equal(expected().steps.flatMap((s) => s.help.map((h) => h.service)));
        expect(contacts.map((c) => c.dataset.service)).to.include.members(['childline', 'report-remove', 'ceop-safety-centre']);
        for (const contact of contacts) {
          const service = services.find((s) => s.id === contact.dataset.service)!;
          const hrefs = [...contact.querySelectorAll('a')].map((a) => a.getAttribute('href'));
          const wanted = [...service.phones.map((p) => `tel:${digits(p.number)}`), ...(service.url ? [service.url] : [])];
          expect(hrefs, service.id).to.deep.equal(wanted);
        }
        const childline = contacts.find((c) => c.dataset.service === 'childline')!;
        expect(words(childline.textContent)).to.contain('0800 1111');
      });

      it('has large tap targets: every link in the steps is at least 48 pixels tall', async () => {
        const element = await plan({ version });
        for (const link of shadowAll(element, '[part="contact"] a')) {
          expect(link.getBoundingClientRect().height, link.textContent!).to.be.at.least(47.5);
        }
      });

      it('has no accessibility violations (axe)', async () => {
        await expectNoAxeViolations(await plan({ version }));
      });

      it('prints cleanly: black on white, steps whole, web addresses written out, no exit button', async function () {
        const element = await plan({ version });
        await whilePrinting(this, () => {
          expect(getComputedStyle(exitOf(element)).display, 'the exit is not printed').to.equal('none');
          const number = getComputedStyle(element.shadowRoot!.querySelector('[part="step-number"]')!);
          expect([number.color, number.backgroundColor]).to.deep.equal(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
          for (const step of shadowAll(element, '[part="step"]')) {
            expect(getComputedStyle(step).breakInside).to.equal('avoid');
            expect(step.getBoundingClientRect().height).to.be.greaterThan(0);
          }
          const web = shadowAll(element, '[part="contact"] a[href^="https"]');
          expect(web.length).to.be.greaterThan(0);
          for (const link of web) expect(getComputedStyle(link, '::after').content).to.contain(link.getAttribute('href'));
          const emergency = getComputedStyle(element.shadowRoot!.querySelector('[part="emergency"]')!);
          expect(emergency.backgroundColor).to.equal('rgb(255, 255, 255)');
        });
      });
    });
  }

  it('shows the older version unless told otherwise, and reads "primary" and "secondary"', async () => {
    const shown = async (attributes: Record<string, string>) =>
      words((await plan(attributes)).shadowRoot!.querySelector('[part="heading"]')!.textContent);
    const title = (id: string) => plans.find((p) => p.id === id)!.title;
    expect(await shown({})).to.equal(title('older'));
    expect(await shown({ version: 'martians' })).to.equal(title('older'));
    expect(await shown({ version: 'Primary' })).to.equal(title('younger'));
    expect(await shown({ version: 'secondary' })).to.equal(title('older'));
  });

  it('changes version when the version attribute changes', async () => {
    const element = await plan({ version: 'older' });
    element.setAttribute('version', 'younger');
    // The younger plan is fetched when it is first asked for: its title shows once it has arrived.
    const younger = plans.find((p) => p.id === 'younger')!;
    await waitFor(() => words(element.shadowRoot!.querySelector('[part="heading"]')!.textContent) === younger.title, 'the younger plan');
    expect(words(element.shadowRoot!.querySelector('[part="intro"]')!.textContent)).to.equal(words(textOf(younger.intro)));
  });

  it('sets its heading level from heading-level, and the steps one level below', async () => {
    const element = await plan({ 'heading-level': '3' });
    expect(element.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    const steps = shadowAll(element, '[part="step"] [role="heading"]').map((h) => h.getAttribute('aria-level'));
    expect(steps).to.deep.equal(['4', '4', '4']);
  });

  it('carries a quick exit at the top, to BBC Weather unless exit-href says otherwise', async () => {
    const plain = await plan();
    const chosen = await plan({ 'exit-href': 'https://www.metoffice.gov.uk/' });
    expect(exitButton(plain).getAttribute('href')).to.equal('https://www.bbc.co.uk/weather');
    expect(exitButton(chosen).getAttribute('href')).to.equal('https://www.metoffice.gov.uk/');
    const heading = plain.shadowRoot!.querySelector('[part="heading"]')!;
    expect(exitOf(plain).compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('its quick exit leaves when tapped, and the safe-exit event reaches the page', async () => {
    const element = await plan({ 'exit-href': 'https://www.metoffice.gov.uk/' });
    let heard = '';
    element.addEventListener('safe-exit', (e) => (heard = e.detail.href));
    exitButton(element).click();
    expect(heard).to.equal('https://www.metoffice.gov.uk/');
    expect(recordedExits.map((e) => [e.trigger, e.covered])).to.deep.equal([['button', true]]);
  });

  it('its quick exit leaves when Shift is pressed three times, and not on two', async () => {
    await plan();
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(recordedExits).to.deep.equal([]);
    await sendKeys({ press: 'Shift' });
    expect(recordedExits.map((e) => [e.trigger, e.href])).to.deep.equal([['shift', 'https://www.bbc.co.uk/weather']]);
  });

  it('can be used by keyboard alone: Tab reaches the exit first, then every link in order, each with a visible focus', async () => {
    const element = await plan({ version: 'younger' });
    const start = document.createElement('button');
    start.textContent = 'start';
    element.before(start);
    start.focus();
    await sendKeys({ press: 'Tab' });
    expect(exitOf(element).shadowRoot!.activeElement === exitButton(element), 'Tab reaches the exit first').to.equal(true);
    const links = focusableLinks(element);
    expect(links.length).to.be.greaterThan(3);
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement === link, `Tab should reach "${link.textContent}"`).to.equal(true);
      expect(getComputedStyle(link).backgroundColor, `focus style of ${link.textContent}`).to.equal('rgb(255, 221, 0)');
    }
  });

  it('is never blank: its first render has a heading, the exit and help, before the plan arrives', async () => {
    await loadKit();
    const element = place('safe-child-plan', { version: 'younger' });
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(words(root.querySelector('[part="heading"]')!.textContent)).to.not.equal('');
    expect(root.querySelector('safe-exit')).to.not.equal(null);
    const steps = root.querySelectorAll('[part="step"]').length;
    const help = root.querySelectorAll('[part="essential-help"] a').length;
    expect(steps + help, 'steps or essential help links').to.be.greaterThan(0);
  });

  it('uses plain text links only, to https:, tel: and mailto: addresses: no images, no CEOP artwork', async () => {
    const element = await plan();
    expect(element.shadowRoot!.querySelectorAll('img, svg, picture, object, iframe')).to.have.length(0);
    for (const a of shadowAll(element, 'a')) expect(a.getAttribute('href')).to.match(/^(https:\/\/|tel:|mailto:)/);
  });

});
