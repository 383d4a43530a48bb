/**
 * No script through a setting: a placeholder's or script's data-*, and a frame page's address, give a component
 * only the settings it declares (src/components/<name>/settings.ts), checked. Event handlers (`on…`), `style`,
 * `id`, `src`, `href` and unknown names are never set, so no handler they carry can run, and each is named in a
 * console note.
 */
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { loadKit, openPage, waitFor } from '../helpers/kit.ts';
import { settingProblem, type Setting } from '../../src/shared/settings.ts';
import { settings as alerts } from '../../src/components/alerts/settings.ts';
import { settings as childPlan } from '../../src/components/child-plan/settings.ts';
import { settings as exit } from '../../src/components/exit/settings.ts';
import { settings as familyAgreement } from '../../src/components/family-agreement/settings.ts';
import { settings as guide } from '../../src/components/guide/settings.ts';
import { settings as guides } from '../../src/components/guides/settings.ts';
import { settings as helpLinks } from '../../src/components/help-links/settings.ts';
import { settings as responseCard } from '../../src/components/response-card/settings.ts';

const DECLARED: Record<string, Setting[]> = {
  alerts,
  'child-plan': childPlan,
  exit,
  'family-agreement': familyAgreement,
  guide,
  guides,
  'help-links': helpLinks,
  'response-card': responseCard,
};
const NAMES = Object.keys(DECLARED);
const WEATHER = 'https://www.bbc.co.uk/weather';

type Marked = Window & { __ran?: string[] };

const defaults = new Map<string, Element>();
/** The attribute a component shows by itself, with no settings given (a reflected default, such as `audience`). */
async function defaultAttribute(name: string, attribute: string): Promise<string | null> {
  if (!defaults.has(name)) {
    const element = document.createElement(`safe-${name}`) as HTMLElement & { updateComplete?: Promise<unknown> };
    document.body.append(element);
    await waitFor(() => element.shadowRoot, `<safe-${name}> to draw`);
    await element.updateComplete;
    element.remove();
    defaults.set(name, element);
  }
  return defaults.get(name)!.getAttribute(attribute);
}

/** Sets off every handler the attacks carry, as a reader's pointer, keyboard or scrolling would. */
function provoke(element: HTMLElement): void {
  for (const type of ['mouseover', 'focus', 'click', 'contentvisibilityautostatechange', 'animationstart', 'error']) {
    element.dispatchEvent(new Event(type));
  }
  element.focus();
}

/** The element's attributes that are not settings its component declares. */
function undeclared(element: Element): string[] {
  const names = DECLARED[element.localName.slice('safe-'.length)].map((s) => s.name);
  return element.getAttributeNames().filter((a) => !names.includes(a));
}

/** Waits until the loader has turned `div` into its component and the component has drawn. */
const drawn = (div: Element) =>
  waitFor(() => div.firstElementChild?.shadowRoot && (div.firstElementChild as HTMLElement), `${div.getAttribute('data-safe-kit')} to draw`);

describe('no script through a setting', () => {
  beforeEach(() => delete (window as Marked).__ran);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const name of NAMES) {
    it(`frame/${name}.html with on…, style, autofocus, id, src, href and unknown settings in its address runs no script and sets none of them`, async () => {
      const mark = (what: string) => encodeURIComponent(`(parent.__ran ||= []).push('${name}-${what}')`);
      const query = [
        `onfocus=${mark('focus')}`,
        'autofocus=',
        'tabindex=0',
        `onmouseover=${mark('mouseover')}`,
        `onclick=${mark('click')}`,
        `style=${encodeURIComponent('content-visibility:auto;outline:9px solid red')}`,
        `oncontentvisibilityautostatechange=${mark('visibility')}`,
        `onanimationstart=${mark('animation')}`,
        'id=main',
        'src=/x.js',
        `href=${encodeURIComponent(`javascript:parent.__ran.push('${name}-href')`)}`,
        'foo=bar',
        'safe-kit=guides',
        'constructor=x',
        'toString=x',
        '__proto__=x',
        'hasOwnProperty=x',
        'heading-level=3',
        name === 'guide' ? 'guide=tiktok' : '',
      ].join('&');
      const frame = document.createElement('iframe');
      frame.src = `/council/online-safety/kit/frame/${name}.html?${query}`;
      document.body.append(frame);
      const element = await waitFor(() => frame.contentDocument?.querySelector<HTMLElement>(`safe-${name}`)?.shadowRoot && frame.contentDocument!.querySelector<HTMLElement>(`safe-${name}`)!, `the ${name} frame to draw`);
      provoke(element);
      await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => setTimeout(resolve, 200)));
      expect((window as Marked).__ran ?? []).to.deep.equal([]);
      expect(undeclared(element)).to.deep.equal([]);
      expect(frame.contentDocument!.querySelector(`[data-safe-kit] > safe-${name}`), 'the frame kept its own component').to.not.equal(null);
      for (const div of frame.contentDocument!.querySelectorAll('[data-safe-kit]')) {
        expect(div.getAttributeNames().filter((a) => !['data-safe-kit', 'data-safe-kit-mounted'].includes(a))).to.deep.equal([]);
      }
      // A declared setting in the same address still works.
      if (DECLARED[name].some((s) => s.name === 'heading-level')) expect(element.getAttribute('heading-level')).to.equal('3');
      if (name === 'exit') expect(element.shadowRoot!.querySelector('[part="button"]')!.getAttribute('href')).to.equal(WEATHER);
    });
  }

  it('every declared setting is an attribute its component reads', async () => {
    await loadKit();
    for (const name of NAMES) {
      const element = document.createElement(`safe-${name}`);
      document.body.append(element);
      const definition = await waitFor(() => customElements.get(`safe-${name}`), `<safe-${name}> to be defined`);
      element.remove();
      const observed = (definition as unknown as { observedAttributes: string[] }).observedAttributes;
      for (const setting of DECLARED[name]) expect(observed, `${name} reads ${setting.name}`).to.include(setting.name);
    }
  });

  it('placeholders and a script tag carrying data-on…, data-style, data-id and unknown settings run no script, set none of them, and say so', async () => {
    const page = await openPage('/test/pages/hostile-settings.html');
    const win = page.window as TestWindow;
    const divs = [...page.document.querySelectorAll('[data-safe-kit]')];
    const elements = await Promise.all(divs.map(drawn));
    const script = await waitFor(() => page.document.querySelector<HTMLElement>('script + safe-help-links'), 'the script tag’s panel');
    for (const element of [...elements, script]) provoke(element);
    await new Promise((resolve) => page.window.requestAnimationFrame(() => setTimeout(resolve, 200)));
    expect(win.__ran ?? []).to.deep.equal([]);
    for (const element of [...elements, script]) {
      expect(undeclared(element), element.localName).to.deep.equal([]);
      if (element.localName !== 'safe-exit') expect(element.getAttribute('heading-level'), element.localName).to.equal('3');
    }
    // The exit's address and Shift window that would switch it off were refused: it goes to the safe default.
    const exitElement = elements.find((e) => e.localName === 'safe-exit')!;
    expect(exitElement.shadowRoot!.querySelector('[part="button"]')!.getAttribute('href')).to.equal(WEATHER);
    expect((exitElement as HTMLElement & { shiftWindow: number }).shiftWindow).to.equal(5000);
    const notes = win.__notes.join('\n');
    for (const setting of ['onmouseover', 'onfocus', 'style', 'id', 'src', 'foo', 'autofocus', 'oncontentvisibilityautostatechange']) {
      expect(notes, `a console note names "${setting}"`).to.include(` left out ${setting}="`);
    }
    expect(notes).to.include(`<safe-exit> left out href="javascript:`);
    expect(notes).to.include('<safe-exit> left out shift-window="0"');
  });

  it('any data-* names and values: only declared settings with values that pass their check reach the element, unchanged (property-based)', async function () {
    this.timeout(60000);
    await loadKit();
    const declaredNames = [...new Set(Object.values(DECLARED).flat().flatMap((s) => [s.name, s.formerly ?? s.name]))];
    const settingName = fc.oneof(
      fc.constantFrom(...declaredNames, 'style', 'id', 'src', 'href', 'onclick', 'onfocus', 'onmouseover', 'autofocus', 'tabindex', 'slot', 'is', 'part', 'class', 'hidden', 'contenteditable', 'constructor', '__proto__', 'tostring', 'valueof', 'hasownproperty'),
      fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,2}$/),
      fc.stringMatching(/^on[a-z]{1,12}$/),
    );
    const settingValue = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('javascript:alert(1)', '', '0', '-1', '3', 'https://www.example.org/', 'http://www.example.org/', 'parents', 'tiktok', '2025-01-15', '01234 567890', 'a@b.org', '\u202Eevil'),
      fc.integer({ min: -5, max: 700000 }).map(String),
    );
    // The loader's notes are collected, not printed a hundred times: each left-out name must be named in one.
    const notes: string[] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => void notes.push(args.join(' '));
    try {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...NAMES), fc.dictionary(settingName, settingValue, { maxKeys: 6 }), async (name, given) => {
          notes.length = 0;
          const div = document.createElement('div');
          div.dataset.safeKit = name;
          for (const [key, value] of Object.entries(given)) div.setAttribute(`data-${key}`, value);
          // In a box, as a CMS's block adds it: the loader looks inside each part added to the page.
          const box = document.createElement('section');
          box.append(div);
          document.body.append(box);
          try {
            const element = await waitFor(() => div.querySelector(`safe-${name}`), `the loader to mount ${name}`, 3000);
            const declared = DECLARED[name];
            for (const attribute of element.getAttributeNames()) {
              const setting = declared.find((s) => s.name === attribute);
              expect(setting, `${attribute} is declared by ${name}`).to.not.equal(undefined);
              expect(attribute).to.not.match(/^(on|style$|id$|src$|href$)/);
            }
            for (const key of Object.keys(given)) {
              if (!declared.some((s) => s.name === key || s.formerly === key) && !/^(safe-kit|component$)/.test(key)) {
                expect(notes.join('\n'), `a note names ${key}`).to.include(` left out ${key}="`);
              }
            }
            for (const setting of declared) {
              // Where a setting is given under both names, the later one in the placeholder wins: both pass the check.
              if (given[setting.name] !== undefined && setting.formerly && given[setting.formerly] !== undefined) continue;
              const value = given[setting.name] ?? (setting.formerly ? given[setting.formerly] : undefined);
              if (value === undefined) continue;
              const actual = element.getAttribute(setting.name);
              const what = `${name} ${setting.name}=${JSON.stringify(value)}`;
              // A valid value arrives unchanged; a refused one never does (the component may show its own default).
              if (!settingProblem(setting, value)) expect(actual, what).to.equal(value);
              else if (actual !== null) expect(actual, what).to.equal(await defaultAttribute(name, setting.name));
            }
          } finally {
            box.remove();
          }
        }),
        { numRuns: 100, endOnFailure: true },
      );
    } finally {
      console.info = info;
    }
  });
});

type TestWindow = Window & { __ran?: string[]; __problems: string[]; __notes: string[] };
