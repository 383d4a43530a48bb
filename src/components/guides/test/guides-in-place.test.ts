/**
 * What a reader does changes the list in place: the search box stays the same box, with its text, caret and focus,
 * while the cards below it change (here with 1,000 guides, whose other cards arrive while the reader types:
 * dist-many-guides/, `npm run build:many-guides`); a link on the school's page to `#guide=<id>` opens that guide,
 * and the back button returns to the list.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { KIT_ORIGIN, place, rendered, shadowAll, waitFor } from '../../../../test/helpers/kit.ts';

const status = (element: Element) => element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const clearAddress = () => history.replaceState(null, '', `${location.pathname}${location.search}`);

describe('safe-guides changes in place', () => {
  before(
    () =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = `${KIT_ORIGIN}/council/many-guides/kit/embed.js`;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('dist-many-guides/ did not load: run `npm run build:many-guides` first'));
        document.head.append(script);
      }),
  );
  afterEach(() => {
    document.querySelectorAll('safe-guides').forEach((e) => e.remove());
    clearAddress();
  });

  it('the search box keeps its text, caret and focus while the other cards arrive and the list changes', async () => {
    const element = place('safe-guides');
    await rendered(element, '.card');
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
    const count = element.shadowRoot!.querySelector('[role="status"]');
    input.focus();
    await sendKeys({ type: 'mi' });
    await waitFor(() => /^[\d,]+ guides?\./.test(status(element)), 'the count of all the guides found');
    const found = shadowAll(element, '.card').length;
    expect(element.shadowRoot!.querySelector('#query'), 'the same search box').to.equal(input);
    expect(element.shadowRoot!.activeElement, 'focus in the search box').to.equal(input);
    expect([input.value, input.selectionStart, input.selectionEnd]).to.deep.equal(['mi', 2, 2]);
    expect(element.shadowRoot!.querySelector('[role="status"]'), 'the same live region').to.equal(count);
    // The reader types on, from where the caret is.
    await sendKeys({ type: 'n' });
    await waitFor(() => shadowAll(element, '.card').length !== found, 'the list to change');
    expect(input.value).to.equal('min');
    expect(element.shadowRoot!.activeElement).to.equal(input);
    // A school's dark-mode switch changes `theme`, which only the styles read: the reader's box stays as it is.
    element.setAttribute('theme', 'dark');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('#query') === input, 'the same search box after a change of theme').to.equal(true);
    expect(element.shadowRoot!.activeElement === input, 'focus kept').to.equal(true);
    expect(input.value).to.equal('min');
  });

  it('a link on the page to #guide=<id> opens that guide; the back button returns to the list, focus on its card', async () => {
    const element = place('safe-guides');
    await rendered(element, '.card');
    const id = shadowAll(element, '.card')[3].dataset.guide!;
    location.hash = `#guide=${id}`;
    await rendered(element, `[data-guide="${id}"] .steps ol`);
    expect(element.shadowRoot!.querySelector<HTMLElement>('.index')!.hidden).to.equal(true);
    history.back();
    await waitFor(() => element.shadowRoot!.activeElement?.closest<HTMLElement>('.card')?.dataset.guide === id, 'focus back on the card');
    expect(element.shadowRoot!.querySelector('.open')).to.equal(null);
    expect(element.shadowRoot!.querySelector<HTMLElement>('.index')!.hidden).to.equal(false);
  });
});
