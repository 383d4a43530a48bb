/**
 * Dark mode: every component follows the reader's dark setting (prefers-color-scheme) with 4.5:1 contrast (axe, in
 * every component and a few of their states), unless the webmaster sets theme="light"; theme="dark" asks for it on
 * a light setting; and the quick exit's note is readable on a dark school page. The light scheme's axe runs are in
 * each component's own tests.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { loadKit, place, rendered } from '../helpers/kit.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';

/** Relative luminance of an rgb()/rgba() colour, as WCAG defines it. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const background = (element: Element) => getComputedStyle(element.shadowRoot!.querySelector('.kit')!).backgroundColor;
const isDark = (element: Element) => luminance(background(element)) < 0.05;

/** Each component in the state a reader meets it, ready for axe. */
const COMPONENTS: [string, Record<string, string>, string, ((e: HTMLElement) => void)?][] = [
  ['safe-help-links', { audience: 'parents' }, '[data-topic]', (e) => (e.shadowRoot!.querySelector<HTMLDetailsElement>('[data-topic]')!.open = true)],
  ['safe-help-links', { audience: 'children' }, '[data-service]'],
  ['safe-response-card', { audience: 'staff', 'dsl-name': 'Ms A Patel', 'dsl-phone': '01234 567890' }, '[part="question"]'],
  ['safe-response-card', { audience: 'parents', variant: 'short' }, '[part="question"]'],
  ['safe-child-plan', { version: 'younger' }, '[part="step"]'],
  ['safe-exit', {}, '[part="button"]'],
  ['safe-guides', {}, '.card'],
  ['safe-guide', { guide: 'tiktok' }, '.steps ol'],
  ['safe-alerts', { audience: 'staff' }, '[part="status"]:not(:empty)'],
  ['safe-family-agreement', { today: '2026-11-25', age: '8-11' }, '[data-promise]'],
];

async function show(tag: string, attributes: Record<string, string>, ready: string) {
  await loadKit();
  const element = place(tag as 'safe-exit', attributes);
  await rendered(element, ready);
  return element as HTMLElement;
}

describe('dark mode', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' }).catch(() => undefined);
    document.querySelectorAll('body > *:not(script)').forEach((e) => e.remove());
    document.body.removeAttribute('style');
  });

  async function darkScheme(test: Mocha.Context) {
    try {
      await emulateMedia({ colorScheme: 'dark' });
    } catch (e) {
      // Firefox, driven over WebDriver BiDi, cannot emulate a colour scheme: Chromium runs these.
      if (/CDP|not supported|unsupported/i.test(String(e))) test.skip();
      throw e;
    }
    if (!matchMedia('(prefers-color-scheme: dark)').matches) test.skip();
  }

  for (const [tag, attributes, ready, then] of COMPONENTS) {
    it(`${tag} ${JSON.stringify(attributes)}: follows the reader's dark setting, and axe finds nothing`, async function () {
      await darkScheme(this);
      const element = await show(tag, attributes, ready);
      then?.(element);
      expect(isDark(element), `background ${background(element)}`).to.equal(true);
      await expectNoAxeViolations(element);
    });
  }

  it('theme="light" keeps a component light on a dark setting, and theme="dark" makes it dark on a light one', async function () {
    await darkScheme(this);
    const light = await show('safe-help-links', { audience: 'staff', theme: 'light' }, '[data-service]');
    expect(isDark(light)).to.equal(false);
    await expectNoAxeViolations(light);
    await emulateMedia({ colorScheme: 'light' });
    const dark = await show('safe-child-plan', { theme: 'dark' }, '[part="step"]');
    expect(isDark(dark)).to.equal(true);
    // The plan's quick exit follows the plan's theme.
    expect(isDark(dark.shadowRoot!.querySelector('safe-exit')!)).to.equal(true);
    await expectNoAxeViolations(dark);
  });

  it("a host's own dark colours (--safe-dark-*) are used in the dark theme", async function () {
    await darkScheme(this);
    document.body.style.setProperty('--safe-dark-color-background', 'rgb(20, 30, 40)');
    const element = await show('safe-help-links', { audience: 'staff' }, '[data-service]');
    expect(background(element)).to.equal('rgb(20, 30, 40)');
  });

  it("the quick exit's note is readable on a dark school page (4.5:1), in both schemes", async () => {
    document.body.style.background = '#1b1b1b';
    document.body.style.color = '#eeeeee';
    const element = await show('safe-exit', {}, '[part="button"]');
    const note = element.shadowRoot!.querySelector('[part="note"]')!;
    for (const scheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: scheme }).catch(() => undefined);
      const ratio = contrast(getComputedStyle(note).color, background(element));
      expect(ratio, `${scheme}: ${getComputedStyle(note).color} on ${background(element)}`).to.be.at.least(4.5);
      await expectNoAxeViolations(element);
    }
  });
});
