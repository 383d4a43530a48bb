/**
 * The list with 1,000 guides on a host that answers the other cards slowly and then not at all
 * (/council/many-guides-lost/kit/, test/server-plugins.mjs): a reader who searches is told the guides are being
 * looked through, then that only the first ones are here, with the plain help; the list is never blank.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { KIT_ORIGIN, place, rendered, shadowAll, waitFor } from '../../../../test/helpers/kit.ts';
import { expectNoAxeViolations } from '../../../../test/helpers/axe.ts';

const FIRST_VIEW = 24;
const status = (element: Element) => element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

describe('safe-guides with 1,000 guides, when the other cards cannot load', () => {
  before(
    () =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = `${KIT_ORIGIN}/council/many-guides-lost/kit/embed.js`;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('dist-many-guides/ did not load: run `npm run build:many-guides` first'));
        document.head.append(script);
      }),
  );

  it('searching says it is looking through all 1,000, then keeps the first cards and gives the plain help', async () => {
    const element = place('safe-guides');
    await rendered(element, '.card');
    const first = shadowAll(element, '.card').map((c) => c.dataset.guide);
    expect(first).to.have.length(FIRST_VIEW);
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
    input.focus();
    // The first letter of the first card's name: it matches at least that card among those here.
    const letter = shadowAll(element, '.card a')[0].textContent!.trim()[0];
    await sendKeys({ type: letter });
    // The host holds the other cards back (1.5 s) before it fails: the live region says what is happening.
    await waitFor(() => status(element) === 'Looking through all 1,000 guides…', 'the loading message', 15000);
    await waitFor(() => status(element).includes('the others could not load'), 'the failure message', 15000);
    expect(status(element)).to.match(new RegExp(`Only the first ${FIRST_VIEW} of 1,000 guides are here: the others could not load\\.$`));
    const help = element.shadowRoot!.querySelector('[part="essential-help"]')!;
    expect(help.textContent).to.contain('could not load');
    expect(help.querySelectorAll('a').length, 'links to help').to.be.greaterThan(1);
    expect(element.shadowRoot!.querySelector('[part="emergency"] a')!.getAttribute('href'), 'the 999 line').to.equal('tel:999');
    // The cards already here that match stay.
    const shown = shadowAll(element, '.card').map((c) => c.dataset.guide);
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.every((id) => first.includes(id))).to.equal(true);
    await expectNoAxeViolations(element);
  });
});
