/**
 * The list as a council with 1,000 guides has it: the kit built by test/build/many-guides.ts (dist-many-guides/,
 * `npm run build:many-guides`), served at /council/many-guides/kit/ on the kit's origin. The first view downloads
 * only its own cards; searching, choosing a type or "Show all" fetches the others once; a guide, its own file.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { KIT_ORIGIN, content, place, rendered, shadowAll, waitFor } from '../../../../test/helpers/kit.ts';
import { expectNoAxeViolations } from '../../../../test/helpers/axe.ts';
import { desktopAgain, expectFitsThePhone, phoneWithDoubledText } from '../../../../test/helpers/phone.ts';
import type { Guide } from '../../../content/types.ts';

const FOLDER = '/council/many-guides/kit/';
const FIRST_VIEW = 24;

function loadManyGuidesKit(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `${KIT_ORIGIN}${FOLDER}embed.js`;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('dist-many-guides/ did not load: run `npm run build:many-guides` first'));
    document.head.append(script);
  });
}

/** The kit's files this page has fetched, as paths inside the kit. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith(FOLDER))
    .map((p) => p.slice(FOLDER.length));
const rests = () => fetched().filter((f) => f.startsWith('chunks/guides-rest-'));
const guideFiles = () => fetched().filter((f) => /^chunks\/guide-[a-z0-9-]+-[\w-]+\.js$/.test(f));

const shownIds = (element: Element) => shadowAll(element, '.card').map((c) => c.dataset.guide!);
const status = (element: Element) => element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const clearAddress = () => history.replaceState(null, '', `${location.pathname}${location.search}`);

async function list() {
  const element = place('safe-guides');
  await rendered(element, '.card');
  return element;
}

async function search(element: HTMLElementTagNameMap['safe-guides'], text: string) {
  const input = element.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

describe('safe-guides with 1,000 guides', () => {
  let guides: Guide[];
  before(async () => {
    guides = await content('guides');
    await loadManyGuidesKit();
  });
  afterEach(() => {
    document.querySelectorAll('safe-guides').forEach((e) => e.remove());
    clearAddress();
  });

  // First: the later tests fetch the other cards, which the page then has.
  it('the first view shows its own cards and "Show all 1,000 guides", fetching neither the other cards nor any guide', async () => {
    const element = await list();
    expect(shownIds(element).length).to.equal(FIRST_VIEW);
    expect(status(element)).to.equal(`${FIRST_VIEW} of 1,000 guides.`);
    expect(element.shadowRoot!.querySelector('[part="more"]')!.textContent!.trim()).to.equal('Show all 1,000 guides');
    expect(fetched().filter((f) => f.startsWith('chunks/guides-index-')).length, fetched().join()).to.equal(1);
    expect(rests(), 'the other cards').to.deep.equal([]);
    expect(guideFiles(), 'guides').to.deep.equal([]);
    await expectNoAxeViolations(element);
  });

  it('a shared link to a guide beyond the first view opens it, fetching its own file only', async () => {
    const element = await list();
    const beyond = guides.find((g) => !shownIds(element).includes(g.id));
    expect(beyond, 'a real guide beyond the first view').to.exist;
    element.remove();
    history.replaceState(null, '', `#guide=${beyond!.id}`);
    const opened = place('safe-guides');
    await rendered(opened, `[data-guide="${beyond!.id}"] .steps ol`);
    expect(opened.shadowRoot!.querySelector('[part="guide-heading"]')!.textContent).to.equal(beyond!.name);
    expect(guideFiles()).to.have.length(1);
    expect(guideFiles()[0].startsWith(`chunks/guide-${beyond!.id}-`)).to.equal(true);
    expect(rests(), 'the other cards').to.deep.equal([]);
  });

  it('search looks through all 1,000, forgiving a typo: a guide beyond the first view is found', async () => {
    const element = await list();
    const beyond = guides.find((g) => !shownIds(element).includes(g.id) && g.name.length >= 6)!;
    const typed = `${beyond.name.slice(0, 2)}${beyond.name[3]}${beyond.name[2]}${beyond.name.slice(4)}`;
    await search(element, typed);
    await waitFor(() => shownIds(element).includes(beyond.id), `"${typed}" to find ${beyond.name}`);
    expect(rests(), 'the other cards, fetched once').to.have.length(1);
    expect(status(element)).to.match(/^\d[\d,]* guides?\./);
    await expectNoAxeViolations(element);
  });

  it('choosing a type looks through all 1,000', async () => {
    const element = await list();
    const label = element.shadowRoot!.querySelector('#category option[value="gaming"]')!.textContent;
    const inFirstView = shadowAll(element, '.card').filter((c) => c.querySelector('.category')!.textContent === label).length;
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>('#category')!;
    select.value = 'gaming';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => /^[\d,]+ guides\.$/.test(status(element)), 'the count of gaming guides');
    expect(shownIds(element).length).to.be.greaterThan(Math.max(inFirstView, guides.filter((g) => g.category === 'gaming').length));
    for (const card of shadowAll(element, '.card')) expect(card.querySelector('.category')!.textContent).to.equal(label);
    expect(status(element)).to.equal(`${shownIds(element).length.toLocaleString('en-GB')} guides.`);
  });

  it('"Show all" by keyboard: every guide, and focus on the first card not shown before', async () => {
    const element = await list();
    const more = element.shadowRoot!.querySelector<HTMLElement>('[part="more"]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => shownIds(element).length === 1000, 'all 1,000 cards', 15000);
    expect(status(element)).to.equal('1,000 guides.');
    const active = await waitFor(() => element.shadowRoot!.activeElement, 'focus in the list');
    expect(active.closest('.card')).to.equal(shadowAll(element, '.card')[FIRST_VIEW]);
    expect(element.shadowRoot!.querySelector('[part="more"]')).to.equal(null);
  });

  it('on a 320 px phone at 200% text the first view and its "Show all" button fit, every target 44×44 px', async () => {
    await phoneWithDoubledText();
    try {
      const element = await list();
      expect(element.shadowRoot!.querySelector('[part="more"]')).to.exist;
      expect(expectFitsThePhone(element)).to.be.greaterThan(FIRST_VIEW);
    } finally {
      await desktopAgain();
    }
  });
});
