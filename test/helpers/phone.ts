/**
 * A phone at 320 px with the reader's text at 200% (WCAG's reflow case), and the checks every component must pass
 * there: nothing wider than its box or the screen, nothing clipped, every control at least 44×44 px.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';

/**
 * A 320 px phone whose reader has doubled the text size. In Chromium that is the browser's own default font size
 * (what a phone's setting changes, and what the components' `font-size: medium` follows); Firefox cannot change it
 * while running, so there the page sets `--safe-font-size` to the same 32 px, the kit's documented way to the same.
 */
export async function phoneWithDoubledText(width = 320, height = 640): Promise<void> {
  await setViewport({ width, height });
  const done = (await executeServerCommand('reader-text-size', { px: 32 })) as boolean;
  if (!done) document.documentElement.style.setProperty('--safe-font-size', '32px');
}

/** Back to the test page's usual size and text. */
export async function desktopAgain(): Promise<void> {
  const done = (await executeServerCommand('reader-text-size', { px: 16 })) as boolean;
  if (!done) document.documentElement.style.removeProperty('--safe-font-size');
  await setViewport({ width: 800, height: 600 });
}

/** Every element in a shadow root and the shadow roots inside it (a plan's quick exit, a guide inside the guides). */
function deepElements(root: ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

const shown = (el: Element) => {
  const box = el.getBoundingClientRect();
  return el.checkVisibility() && box.width > 0 && box.height > 0 && !el.closest('.visually-hidden') && getComputedStyle(el).visibility !== 'hidden';
};

const describeEl = (el: Element) => `<${el.localName}${el.className ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;

/**
 * A link in running text (a sentence with a link in it) is exempt from the 44 px size, as WCAG 2.5.8 allows; the
 * emergency line's 999 and 101 are not: they are the most important thing to tap.
 */
function inSentence(el: Element): boolean {
  if (el.localName !== 'a' || getComputedStyle(el).display !== 'inline' || el.closest('.emergency')) return false;
  const block = el.parentElement?.closest('p, li, dd, td');
  return !!block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 3;
}

/** Controls a reader can tap. */
function targets(root: ShadowRoot): HTMLElement[] {
  return deepElements(root).filter(
    (el): el is HTMLElement =>
      el.matches('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]') && shown(el) && !el.closest('dialog:not([open])'),
  );
}

/**
 * Checks a component on the phone: no sideways scroll, nothing wider than the component or cut off, every tap
 * target at least 44×44 px. Returns the number of targets checked, so a test can say it checked some.
 */
export function expectFitsThePhone(host: HTMLElement): number {
  const screen = document.documentElement.clientWidth;
  expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(screen);
  const kit = host.shadowRoot!.querySelector('.kit')!;
  expect(parseFloat(getComputedStyle(kit).fontSize), "the reader's doubled text reached the component").to.be.at.least(32);
  const box = host.getBoundingClientRect();
  expect(box.right, 'the component is wider than the screen').to.be.at.most(screen + 0.5);
  const problems: string[] = [];
  for (const el of deepElements(host.shadowRoot!)) {
    if (!shown(el) || el.closest('dialog:not([open])')) continue;
    const r = el.getBoundingClientRect();
    if (r.left < box.left - 0.5 || r.right > box.right + 0.5) problems.push(`${describeEl(el)} sticks out of the component (${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(box.left)}–${Math.round(box.right)})`);
    const style = getComputedStyle(el);
    if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1 && !el.matches('input, select, textarea')) {
      problems.push(`${describeEl(el)} is cut off (${el.scrollWidth} px of text in ${el.clientWidth} px)`);
    }
  }
  const tapped = targets(host.shadowRoot!);
  for (const el of tapped) {
    if (inSentence(el)) continue;
    // A tick box or radio button is tapped through its label too: the label is its target.
    const label = el instanceof HTMLInputElement && /^(checkbox|radio)$/.test(el.type) ? el.labels?.[0] : undefined;
    const r = (label ?? el).getBoundingClientRect();
    if (r.width < 43.5 || r.height < 43.5) problems.push(`${describeEl(el)} is ${Math.round(r.width)}×${Math.round(r.height)} px, under 44×44`);
  }
  expect(problems, problems.join('\n')).to.deep.equal([]);
  return tapped.length;
}

/** Scrolls to the component's end and checks its quick exit's button is on screen there. */
export async function expectExitInViewAtTheEnd(host: HTMLElement): Promise<void> {
  const end = host.getBoundingClientRect().bottom + scrollY;
  scrollTo(0, end - innerHeight);
  await new Promise(requestAnimationFrame);
  const exit = host.localName === 'safe-exit' ? host : host.shadowRoot!.querySelector('safe-exit')!;
  const r = exit.shadowRoot!.querySelector('[part="button"]')!.getBoundingClientRect();
  expect(r.top, 'the exit at the end of the component').to.be.at.least(-0.5);
  expect(r.bottom, 'the exit at the end of the component').to.be.at.most(innerHeight + 0.5);
  scrollTo(0, 0);
}
