import { expect } from '@esm-bundle/chai';
import { content, loadKit, place, rendered, shadowAll, waitFor } from '../../../../test/helpers/kit.ts';
import { expectNoAxeViolations } from '../../../../test/helpers/axe.ts';
import { emulatePrint, endPrint } from '../../../../test/helpers/print.ts';
import type { Block, Guide } from '../../../content/types.ts';

async function oneGuide(id: string, attributes: Record<string, string> = {}) {
  await loadKit();
  const element = place('safe-guide', { guide: id, ...attributes });
  await rendered(element, '.steps ol');
  return element;
}

const orderedItems = (blocks: Block[]) => blocks.reduce((n, b) => n + (b.type === 'list' && b.ordered ? b.items.length : 0), 0);
const headings = (blocks: Block[]) => blocks.filter((b) => b.type === 'heading').length;

describe('safe-guide', () => {
  let guides: Guide[];
  before(async () => {
    guides = await content('guides');
  });
  afterEach(async () => {
    document.querySelectorAll('safe-guide').forEach((e) => e.remove());
    await endPrint();
  });

  it('shows every guide in content/guides/ with its sections of numbered steps', async () => {
    for (const guide of guides) {
      const element = await oneGuide(guide.id);
      expect(element.shadowRoot!.querySelector('.guide-title')!.textContent!.trim()).to.equal(guide.name);
      expect(shadowAll(element, '.steps ol > li').length, guide.id).to.equal(orderedItems(guide.body));
      expect(shadowAll(element, '.steps [role="heading"]').length, guide.id).to.equal(headings(guide.body));
      element.remove();
    }
  });

  it('tells parents in every guide to check the settings again after an update', async () => {
    for (const guide of guides) {
      const element = await oneGuide(guide.id);
      const text = element.shadowRoot!.querySelector('[part="after-updates"]')!.textContent!;
      expect(text, guide.id).to.match(/Check them again after every update/);
      element.remove();
    }
  });

  it('says when each guide was last checked, and links its source', async () => {
    for (const guide of guides) {
      const element = await oneGuide(guide.id);
      const provenance = element.shadowRoot!.querySelector('[part="provenance"]')!;
      const [y, m, d] = guide.reviewed.split('-').map(Number);
      const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
      expect(provenance.textContent!.replace(/\s+/g, ' ')).to.contain(`Last checked on ${d} ${month} ${y}`);
      expect(provenance.querySelector('a')!.getAttribute('href')).to.equal(guide.source);
      element.remove();
    }
  });

  it('shows the minimum age, or the note that explains why there is none', async () => {
    for (const guide of guides.filter((g) => g.minimumAge === undefined).slice(0, 3)) {
      const element = await oneGuide(guide.id);
      expect(element.shadowRoot!.querySelector('[part="age-badge"]')!.textContent).to.equal('No minimum age given');
      expect(element.shadowRoot!.querySelector('.age-note')!.textContent!.length).to.be.greaterThan(10);
      element.remove();
    }
    const element = await oneGuide('tiktok');
    expect(element.shadowRoot!.querySelector('[part="age-badge"]')!.textContent).to.equal(`Minimum age ${guides.find((g) => g.id === 'tiktok')!.minimumAge}`);
  });

  it('shows an age rating as a rating, never as a minimum age (Minecraft: PEGI 7, no minimum age)', async () => {
    const rated = guides.filter((g) => g.rating?.length);
    expect(rated.map((g) => g.id)).to.include('minecraft');
    for (const guide of rated) {
      const element = await oneGuide(guide.id);
      const root = element.shadowRoot!;
      expect(root.querySelector('[part="rating"]')!.textContent).to.equal(`Age rating: ${guide.rating!.join(', ')}`);
      const badge = root.querySelector('[part="age-badge"]')!.textContent!;
      for (const age of guide.rating!.flatMap((r) => r.match(/\d+/g) ?? [])) {
        expect(badge, guide.id).to.not.contain(age);
        expect(root.textContent!, guide.id).to.not.match(new RegExp(`minimum age (is )?${age}\\b|age ${age}\\+`, 'i'));
      }
      element.remove();
    }
  });

  it('reads the guide name forgivingly ("TikTok") and follows a change of the attribute', async () => {
    const element = await oneGuide('TikTok');
    expect(element.shadowRoot!.querySelector('[data-guide]')!.getAttribute('data-guide')).to.equal('tiktok');
    element.setAttribute('guide', 'discord');
    await waitFor(() => element.shadowRoot!.querySelector('[data-guide="discord"] .steps ol'), 'the Discord guide');
    // While the next guide is on its way (here one that is not there), the one before is not shown as if it were it.
    element.setAttribute('guide', 'no-such-app');
    await element.updateComplete;
    // Compared as booleans: chai's message for an element it did not expect can take minutes to build.
    expect(element.shadowRoot!.querySelector('[data-guide]') === null, 'the Discord guide gone').to.equal(true);
    expect(element.shadowRoot!.querySelector('[part="essential-help"]') !== null, 'help meanwhile').to.equal(true);
  });

  it('is never blank: an unknown guide shows a heading, 999 and links to help', async () => {
    await loadKit();
    const element = place('safe-guide', { guide: 'no-such-app' });
    const help = await waitFor(() => element.shadowRoot?.querySelector('[part="essential-help"]')?.textContent?.includes('could not load') && element.shadowRoot!.querySelector('[part="essential-help"]')!, 'the failure message');
    expect(help.querySelectorAll('a').length).to.be.greaterThan(0);
    expect(element.shadowRoot!.querySelector('[part="emergency"] a')!.getAttribute('href')).to.equal('tel:999');
  });

  it('sets its heading level from heading-level, and sections one level below', async () => {
    const element = await oneGuide('instagram', { 'heading-level': '3' });
    const levels = shadowAll(element, '[role="heading"]').map((h) => Number(h.getAttribute('aria-level')));
    expect(Math.min(...levels)).to.equal(3);
    expect(Math.max(...levels)).to.equal(4);
  });

  it('prints cleanly: steps numbered, the source address written out, no frame', async function () {
    const element = await oneGuide('youtube');
    await emulatePrint(this);
    const root = element.shadowRoot!;
    expect(getComputedStyle(root.querySelector('.steps ol')!).listStyleType).to.equal('decimal');
    expect(getComputedStyle(root.querySelector('.kit')!).borderTopStyle).to.equal('none');
    expect(getComputedStyle(root.querySelector('[part="provenance"] a')!, '::after').content).to.contain('https://');
  });

  it('has no accessibility violations (axe)', async () => {
    await expectNoAxeViolations(await oneGuide('roblox'));
  });
});
