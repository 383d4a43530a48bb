import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { content, loadKit, place, rendered, shadowAll, waitFor } from '../../../../test/helpers/kit.ts';
import { expectNoAxeViolations } from '../../../../test/helpers/axe.ts';
import { emulatePrint, endPrint } from '../../../../test/helpers/print.ts';
import { GUIDE_CATEGORIES, type Guide, type Inline } from '../../../content/types.ts';

type SafeGuidesElement = HTMLElementTagNameMap['safe-guides'];

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const textOf = (nodes: Inline[]): string => nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'br' ? ' ' : textOf(n.children))).join('');
const under13 = (all: Guide[]) => all.filter((g) => g.minimumAge === 13);

const shownIds = (element: Element) => shadowAll(element, '.card').map((c) => c.dataset.guide!);
const status = (element: Element) => element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

async function index(attributes: Record<string, string> = {}) {
  await loadKit();
  const element = place('safe-guides', attributes);
  await rendered(element, '.card');
  return element;
}

/** Types into the search box as a reader would, one key at a time. */
async function search(element: SafeGuidesElement, text: string) {
  const input = element.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await element.updateComplete;
}

async function choose(element: SafeGuidesElement, id: 'category' | 'age', value: string) {
  const select = element.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

/** A typo a parent might make: two neighbouring letters of the name's longest word swapped. */
function typo(name: string): string {
  const word = name.split(/\s+/).sort((a, b) => b.length - a.length)[0];
  const i = Math.floor(word.length / 2);
  return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
}

/** Puts the test page's address back as it was, for the next test. */
const clearAddress = () => history.replaceState(null, '', `${location.pathname}${location.search}`);

describe('safe-guides', () => {
  let guides: Guide[];
  before(async () => {
    guides = await content('guides');
  });
  afterEach(async () => {
    document.querySelectorAll('safe-guides, button.start').forEach((e) => e.remove());
    clearAddress();
    await endPrint();
  });

  it('shows a card for every guide in content/guides/, each with its name, category and minimum-age badge', async () => {
    const element = await index();
    expect(shownIds(element).sort()).to.deep.equal(guides.map((g) => g.id).sort());
    for (const card of shadowAll(element, '.card')) {
      const guide = guides.find((g) => g.id === card.dataset.guide)!;
      expect(card.querySelector('a')!.textContent!.trim()).to.equal(guide.name);
      const badge = card.querySelector('[part="age-badge"]')!.textContent!;
      expect(badge).to.equal(guide.minimumAge === undefined ? 'No minimum age given' : `Minimum age ${guide.minimumAge}`);
      // A rating is shown as a rating, beside the badge, never as the minimum age.
      const rating = card.querySelector('[part="rating"]')?.textContent;
      expect(rating ?? null, guide.id).to.equal(guide.rating?.length ? `Age rating: ${guide.rating.join(', ')}` : null);
      expect(card.querySelector('.category')!.textContent!.length).to.be.greaterThan(3);
    }
    expect(status(element)).to.equal(`${guides.length} guides.`);
  });

  it('finds each guide by its name as the parent types, whatever the case', async () => {
    const element = await index();
    for (const guide of guides) {
      await search(element, guide.name.toUpperCase());
      expect(shownIds(element), guide.name).to.include(guide.id);
      expect(shownIds(element).length, guide.name).to.be.lessThan(guides.length);
    }
  });

  it('forgives small typos: a name with two letters swapped still finds its guide', async () => {
    const element = await index();
    for (const guide of guides) {
      const typed = typo(guide.name);
      await search(element, typed);
      expect(shownIds(element), `"${typed}" for ${guide.name}`).to.include(guide.id);
    }
    await search(element, 'tiktk');
    expect(shownIds(element)).to.deep.equal(['tiktok']);
    // One letter from "Switch", but another app: a parent looking for Twitch is not sent to the Nintendo Switch.
    await search(element, 'twitch');
    expect(shownIds(element)).to.not.include('nintendo-switch');
  });

  it('announces the number of guides found to screen readers, and says when none match', async () => {
    const element = await index();
    await search(element, 'snapchat');
    expect(status(element)).to.equal('1 guide.');
    await search(element, 'zzzzzzzz');
    expect(shownIds(element)).to.deep.equal([]);
    expect(status(element)).to.match(/^No guides\. Try another word/);
  });

  it('filters by type', async () => {
    const element = await index();
    for (const category of GUIDE_CATEGORIES) {
      await choose(element, 'category', category);
      const expected = guides.filter((g) => g.category === category).map((g) => g.id).sort();
      expect(shownIds(element).sort(), category).to.deep.equal(expected);
      expect(status(element)).to.contain(`${expected.length} guide`);
    }
  });

  it("choosing any age from 3 to 17 hides no guide: those whose minimum age is above it are marked, with their own section", async () => {
    const element = await index();
    const options = [...element.shadowRoot!.querySelectorAll<HTMLOptionElement>('#age option')].map((o) => o.value).filter(Boolean);
    expect(options).to.deep.equal(Array.from({ length: 15 }, (_, i) => String(i + 3)));
    for (const age of options.map(Number)) {
      await choose(element, 'age', String(age));
      expect(shownIds(element).sort(), `age ${age}`).to.deep.equal(guides.map((g) => g.id).sort());
      const under = guides.filter((g) => g.minimumAge !== undefined && g.minimumAge > age);
      expect(status(element), `age ${age}`).to.contain(`${guides.length} guides for a child aged ${age}.`);
      if (under.length) expect(status(element), `age ${age}`).to.contain(`${under.length} ha`);
      for (const card of shadowAll(element, '.card')) {
        const guide = guides.find((g) => g.id === card.dataset.guide)!;
        const mark = card.querySelector('[part="under-age"]');
        if (!under.includes(guide)) {
          expect(mark, `${guide.id} at ${age}`).to.equal(null);
          continue;
        }
        expect(squash(mark?.textContent), `${guide.id} at ${age}`).to.match(new RegExp(`^The minimum age is ${guide.minimumAge}\\. If your child uses it anyway, see “If your child is under ${guide.minimumAge}[^”]*” in the guide\\.$`));
        expect(guide.body.some((b) => b.type === 'heading' && squash(textOf(b.children)) === guide.underAgeSection), `${guide.id}: its section exists`).to.equal(true);
      }
    }
    expect(under13(guides).length, 'some guides have a minimum age of 13').to.be.greaterThan(3);
  });

  it('an opened guide whose minimum age is above the child\'s age says so above its steps', async () => {
    const element = await index();
    await choose(element, 'age', '9');
    shadowAll(element, '.card[data-guide="tiktok"] a')[0].click();
    await rendered(element, '[data-guide="tiktok"] .steps ol');
    const mark = element.shadowRoot!.querySelector('.open [part="under-age"]');
    expect(squash(mark?.textContent)).to.match(/^The minimum age is 13\. If your child uses it anyway, see “If your child is under 13/);
  });

  it('says when a platform is built for younger children, and shows each guide\'s review date on its card', async () => {
    const element = await index();
    const kids = shadowAll(element, '.card[data-guide="youtube-kids"] [part="made-for"]')[0];
    expect(squash(kids?.textContent)).to.match(/^Made for children up to 12/);
    for (const card of shadowAll(element, '.card')) {
      const guide = guides.find((g) => g.id === card.dataset.guide)!;
      expect(card.querySelector('[part="checked"] time')!.getAttribute('datetime'), guide.id).to.equal(guide.reviewed);
    }
  });

  it('combines search, type and age', async () => {
    const element = await index();
    await choose(element, 'category', 'video');
    await choose(element, 'age', '8');
    await search(element, 'youtube');
    const expected = guides.filter((g) => g.category === 'video' && /youtube/i.test(g.name));
    expect(shownIds(element).sort()).to.deep.equal(expected.map((g) => g.id).sort());
    // YouTube's minimum age is 13: marked for an 8-year-old; YouTube Kids is not.
    expect(shadowAll(element, '.card[data-guide="youtube"] [part="under-age"]').length).to.equal(1);
    expect(shadowAll(element, '.card[data-guide="youtube-kids"] [part="under-age"]').length).to.equal(0);
  });

  it('opens a guide from the address (#guide=<id>) with its numbered steps, review date and source, and no index', async () => {
    const guide = guides.find((g) => g.id === 'tiktok')!;
    history.replaceState(null, '', '#guide=tiktok');
    await loadKit();
    const element = place('safe-guides');
    await rendered(element, '[data-guide="tiktok"] .steps ol');
    const steps = guide.body.filter((b) => b.type === 'list' && b.ordered).reduce((n, b) => n + (b.type === 'list' ? b.items.length : 0), 0);
    expect(shadowAll(element, '.steps ol > li').length).to.equal(steps);
    expect(element.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(guide.reviewed);
    expect(element.shadowRoot!.querySelector('[part="provenance"] a')!.getAttribute('href')).to.equal(guide.source);
    expect(element.shadowRoot!.querySelector<HTMLElement>('.index')!.hidden).to.equal(true);
  });

  it('says so when the address names no guide, and shows the index', async () => {
    history.replaceState(null, '', '#guide=no-such-app');
    const element = await index();
    expect(element.shadowRoot!.querySelector('.notice')!.textContent).to.contain('no-such-app');
    expect(shownIds(element).length).to.equal(guides.length);
  });

  it('can be used by keyboard alone: search, filters, open a guide and return to the same card', async () => {
    const element = await index();
    const start = document.createElement('button');
    start.className = 'start';
    start.textContent = 'start';
    element.before(start);
    start.focus();
    const active = () => element.shadowRoot!.activeElement;
    for (const id of ['query', 'category', 'age']) {
      await sendKeys({ press: 'Tab' });
      expect(active()?.id, `Tab should reach #${id}`).to.equal(id);
    }
    await sendKeys({ press: 'Tab' });
    const first = shadowAll(element, '.card a')[0];
    expect(active() === first, 'Tab reaches the first card').to.equal(true);
    expect(getComputedStyle(first).backgroundColor, 'visible focus').to.equal('rgb(255, 221, 0)');
    const id = first.closest<HTMLElement>('.card')!.dataset.guide;
    await sendKeys({ press: 'Enter' });
    await waitFor(() => active()?.classList.contains('guide-title'), 'focus on the opened guide');
    expect(getComputedStyle(active()!).backgroundColor, 'visible focus on the guide').to.equal('rgb(255, 221, 0)');
    expect(location.hash).to.equal(`#guide=${id}`);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(active()?.getAttribute('part'), 'Shift+Tab reaches "All guides"').to.equal('back');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => active()?.closest('.card')?.getAttribute('data-guide') === id, 'focus back on the card');
    expect(location.hash).to.equal('');
  });

  it('prints one open guide on its own: steps numbered, no index, search or buttons', async function () {
    history.replaceState(null, '', '#guide=snapchat');
    await loadKit();
    const element = place('safe-guides');
    await rendered(element, '[data-guide="snapchat"] .steps ol');
    await emulatePrint(this);
    const root = element.shadowRoot!;
    const display = (selector: string) => getComputedStyle(root.querySelector(selector)!).display;
    expect(display('.index')).to.equal('none');
    expect(display('.back')).to.equal('none');
    expect(display('.steps ol')).to.equal('block');
    expect(getComputedStyle(root.querySelector('.steps ol')!).listStyleType).to.equal('decimal');
    expect(display('[part="after-updates"]')).to.equal('block');
    expect(getComputedStyle(root.querySelector('.kit')!).borderTopStyle).to.equal('none');
  });

  it('has no accessibility violations (axe), as an index and with a guide open', async () => {
    const element = await index();
    await expectNoAxeViolations(element);
    // With a young child's age chosen, the marked cards too.
    await choose(element, 'age', '8');
    await expectNoAxeViolations(element);
    shadowAll(element, '.card a')[0].click();
    await rendered(element, '.steps ol');
    await expectNoAxeViolations(element);
  });

  it('is never blank: its first render has the heading, 999 and links to help, before the index arrives', async () => {
    await loadKit();
    const element = place('safe-guides');
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('[part="heading"]')!.textContent).to.not.equal('');
    expect(root.querySelectorAll('.card').length + root.querySelectorAll('[part="essential-help"] a').length).to.be.greaterThan(0);
  });
});
