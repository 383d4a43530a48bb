import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { whilePrinting } from '../../../../test/helpers/print.ts';
import { focusableLinks, loadKit, openPage, place, rendered, waitFor } from '../../../../test/helpers/kit.ts';
import { expectNoAxeViolations } from '../../../../test/helpers/axe.ts';
import { coverOf, recordExits, recordedExits } from './record-exits.ts';

const WEATHER = 'https://www.bbc.co.uk/weather';

recordExits();

async function exit(attributes: Record<string, string> = {}) {
  await loadKit();
  const element = place('safe-exit', attributes);
  await rendered(element, '[part="button"]');
  return element;
}

const button = (element: Element) => element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
const status = (element: Element) => element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

async function pressShift(times: number) {
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Shift' });
}

/** Waits until the page's clock has moved past `ms` from now: later presses then fall outside a window of `ms`. */
async function letTimePass(ms: number) {
  const until = performance.now() + ms;
  await waitFor(() => performance.now() > until, `${ms} ms to pass`);
}

describe('safe-exit', () => {
  beforeEach(() => {
    recordedExits.length = 0;
  });
  afterEach(() => document.querySelectorAll('safe-exit, input').forEach((e) => e.remove()));

  it('is a link, "Exit this page", to BBC Weather unless the webmaster chooses another page', async () => {
    const plain = await exit();
    const chosen = await exit({ href: 'https://www.metoffice.gov.uk/' });
    expect(button(plain).localName).to.equal('a');
    expect(button(plain).textContent!.trim()).to.equal('Exit this page');
    expect(button(plain).getAttribute('href')).to.equal(WEATHER);
    expect(button(chosen).getAttribute('href')).to.equal('https://www.metoffice.gov.uk/');
  });

  it('refuses an address that is not a web page (javascript:) and goes to BBC Weather instead', async () => {
    const element = await exit({ href: 'javascript:alert(1)' });
    expect(button(element).getAttribute('href')).to.equal(WEATHER);
    button(element).click();
    expect(recordedExits.map((e) => e.href)).to.deep.equal([WEATHER]);
  });

  it('says that it does not clear the browsing history, and a screen reader hears that with the button', async () => {
    const element = await exit();
    const note = element.shadowRoot!.querySelector('[part="note"]')!;
    expect(note.textContent).to.contain('does not clear your browsing history');
    expect(note.textContent).to.contain('press Shift 3 times');
    expect(button(element).getAttribute('aria-describedby')).to.equal(note.id);
  });

  it('when clicked, covers the whole page at once, then announces the exit with a cancelable safe-exit event', async () => {
    const element = await exit({ id: 'the-exit' });
    button(element).click();
    expect(recordedExits).to.deep.equal([{ href: WEATHER, trigger: 'button', from: 'the-exit', covered: true }]);
  });

  it('when the safe-exit event is cancelled, stays: the page is shown again and nothing leaves', async () => {
    const element = await exit();
    const before = location.href;
    button(element).click();
    await element.updateComplete;
    expect(coverOf(element).open).to.equal(false);
    expect(status(element)).to.equal('');
    expect(location.href).to.equal(before);
  });

  it('tells a screen reader what is happening: the cover that hides the page is named "Exiting this page"', async () => {
    const element = await exit();
    let heard = '';
    element.addEventListener('safe-exit', () => (heard = `${coverOf(element).getAttribute('aria-label')} / ${coverOf(element).textContent!.trim()}`), { once: true });
    expect(element.exit('button'), 'the test page cancels every exit').to.equal(false);
    expect(heard).to.equal('Exiting this page / Exiting this page…');
  });

  it('can be reached by Tab and set off with Enter, with a visible focus', async () => {
    const element = await exit();
    const start = document.createElement('input');
    start.setAttribute('aria-label', 'start');
    element.before(start);
    start.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement === button(element), 'Tab reaches the exit').to.equal(true);
    expect(getComputedStyle(button(element)).backgroundColor).to.equal('rgb(255, 221, 0)');
    await sendKeys({ press: 'Enter' });
    expect(recordedExits.map((e) => e.trigger)).to.deep.equal(['button']);
    expect(focusableLinks(element)).to.have.length(1);
  });

  describe('Shift pressed three times', () => {
    it('exits, with a status for each press that a screen reader hears', async () => {
      const element = await exit({ 'shift-window': '600000' });
      await pressShift(1);
      await waitFor(() => status(element) === 'Shift, press 2 more times to exit this page.', 'the first press announced');
      await pressShift(1);
      await waitFor(() => status(element) === 'Shift, press 1 more time to exit this page.', 'the second press announced');
      expect(recordedExits).to.deep.equal([]);
      await pressShift(1);
      expect(recordedExits.map((e) => [e.trigger, e.href, e.covered])).to.deep.equal([['shift', WEATHER, true]]);
    });

    it('shows how many presses are counted, as lights on the button', async () => {
      const element = await exit({ 'shift-window': '600000' });
      const lit = () => element.shadowRoot!.querySelectorAll('.light.on').length;
      expect(lit()).to.equal(0);
      await pressShift(2);
      await waitFor(() => lit() === 2, 'two lights');
    });

    it('does not exit on two presses', async () => {
      const element = await exit({ 'shift-window': '600000' });
      await pressShift(2);
      await waitFor(() => status(element).includes('1 more time'), 'the second press counted');
      expect(recordedExits).to.deep.equal([]);
    });

    it('does not exit when another key is pressed between the presses', async () => {
      const element = await exit({ 'shift-window': '600000' });
      await pressShift(2);
      await sendKeys({ press: 'a' });
      await pressShift(1);
      await waitFor(() => status(element).includes('2 more times'), 'the count started again');
      expect(recordedExits).to.deep.equal([]);
    });

    it('does not exit when the three presses take longer than the window', async () => {
      const element = await exit({ 'shift-window': '50' });
      for (let i = 0; i < 3; i++) {
        await pressShift(1);
        await letTimePass(100);
      }
      expect(recordedExits).to.deep.equal([]);
      // The same exit does leave on three presses inside its window: the listener was working all along.
      element.setAttribute('shift-window', '600000');
      await pressShift(3);
      expect(recordedExits.map((e) => e.trigger)).to.deep.equal(['shift']);
    });

    it('counts three presses within 5 seconds, not over 5 seconds, unless told otherwise', async () => {
      // The page's clock is set by hand, so the test neither waits 5 seconds nor depends on how fast it runs.
      const realNow = performance.now.bind(performance);
      let now = 1_000_000;
      performance.now = () => now;
      try {
        await exit({ 'shift-window': 'soon' });
        await pressShift(2);
        now += 4900;
        await pressShift(1);
        expect(recordedExits.map((e) => e.trigger), 'three presses within 5 seconds').to.deep.equal(['shift']);
        recordedExits.length = 0;
        await pressShift(2);
        now += 5100;
        await pressShift(1);
        expect(recordedExits, 'the first two presses were more than 5 seconds before the third').to.deep.equal([]);
      } finally {
        performance.now = realNow;
      }
    });

    it('works while typing in a text box (as GOV.UK\'s does), and typing itself never counts', async () => {
      await exit({ 'shift-window': '600000' });
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'search');
      document.body.append(input);
      input.focus();
      await sendKeys({ type: 'Hi' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'A' });
      await sendKeys({ up: 'Shift' });
      await pressShift(2);
      expect(recordedExits, 'a Shift released after a capital letter is typing, not a press').to.deep.equal([]);
      await pressShift(1);
      expect(recordedExits.map((e) => e.trigger)).to.deep.equal(['shift']);
    });

    it('with several exits on the page, one listener answers: one exit, from the first', async () => {
      await exit({ id: 'first', 'shift-window': '600000' });
      await exit({ id: 'second', 'shift-window': '600000' });
      await pressShift(3);
      expect(recordedExits.map((e) => e.from)).to.deep.equal(['first']);
    });

    it('stops listening when the exit is taken off the page', async () => {
      const element = await exit({ 'shift-window': '600000' });
      element.remove();
      await pressShift(3);
      expect(recordedExits).to.deep.equal([]);
    });
  });

  it('leaves by replacing the page, so Back does not return to it', async () => {
    // A tab of its own: inside a frame the exit would take the whole tab, and the test page must stay.
    const tab = window.open('/test/pages/exit-leaves.html')!;
    expect(tab, 'the test could open a tab').to.exist;
    const element = await waitFor(() => tab.document?.querySelector('safe-exit')?.shadowRoot?.querySelector('[part="button"]') && tab.document.querySelector('safe-exit'), 'the exit in the page');
    const entries = tab.history.length;
    button(element).click();
    await waitFor(() => tab.location?.pathname === '/test/pages/neutral.html' && tab.document.readyState === 'complete', 'the neutral page');
    expect(tab.history.length, 'no new history entry').to.equal(entries);
    tab.close();
  });

  it('on a page with only the quick exit, the page downloads embed.js and the exit\'s own files, never Lit', async () => {
    const page = await openPage('/test/pages/exit-leaves.html');
    await waitFor(() => page.document.querySelector('safe-exit')?.shadowRoot?.querySelector('[part="button"]'), 'the exit drawn');
    const kit = '/council/online-safety/kit/';
    const fetched = (page.window.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((e) => new URL(e.name).pathname)
      .filter((path) => path.startsWith(kit))
      .map((path) => path.slice(kit.length).replace(/-[\w-]{8}\.js$/, ''))
      .sort();
    expect(fetched).to.deep.equal(['chunks/exit-address', 'components/exit', 'embed.js']);
    // Lit registers its version on the window wherever it runs.
    expect((page.window as unknown as Record<string, unknown>).litHtmlVersions).to.equal(undefined);
    page.frame.remove();
  });

  it('a second copy of its file on the page (the kit pasted twice) throws nothing and leaves the first in place', async () => {
    const element = await exit();
    const file = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .find((name) => /\/components\/exit-[\w-]+\.js$/.test(name));
    expect(file, "the exit's file was fetched").to.be.a('string');
    const first = customElements.get('safe-exit');
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // Another address for the same file: the browser runs it again, as a second copy of the kit would be.
      await import(/* @vite-ignore */ `${file}?second-copy`);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('safe-exit')).to.equal(first);
    expect(warnings, 'the same version is not worth a note').to.deep.equal([]);
    expect(button(element).getAttribute('href')).to.equal(WEATHER);
  });

  it('is a plain link without JavaScript: the link inside the tag is a real link to the neutral page', async () => {
    const page = await openPage('/test/pages/exit-no-script.html');
    const link = page.document.querySelector<HTMLAnchorElement>('safe-exit a')!;
    expect(link.getAttribute('href')).to.equal(WEATHER);
    expect(link.textContent).to.equal('Exit this page');
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(page.document.querySelector('safe-exit')!.shadowRoot).to.equal(null);
    page.frame.remove();
  });

  it('draws its own button over the plain link once it loads, to the same page', async () => {
    await loadKit();
    const element = place('safe-exit');
    const fallback = document.createElement('a');
    fallback.href = WEATHER;
    fallback.textContent = 'Exit this page';
    element.append(fallback);
    await rendered(element, '[part="button"]');
    expect(fallback.getBoundingClientRect().height, 'the plain link is not shown twice').to.equal(0);
    expect(button(element).getAttribute('href')).to.equal(fallback.getAttribute('href'));
  });

  it('is left off a printed page', async function () {
    const element = await exit();
    await whilePrinting(this, () => {
      expect(getComputedStyle(element).display).to.equal('none');
    });
    expect(getComputedStyle(element).display).to.equal('block');
  });

  it('has no accessibility violations (axe), at rest and while counting presses', async () => {
    const element = await exit({ 'shift-window': '600000' });
    await expectNoAxeViolations(element);
    await pressShift(1);
    await waitFor(() => status(element) !== '', 'the press announced');
    await expectNoAxeViolations(element);
  });

  it('its button is big enough to tap and its colours meet 4.5:1', async () => {
    const element = await exit();
    const box = button(element).getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
    const style = getComputedStyle(button(element));
    expect([style.color, style.backgroundColor]).to.deep.equal(['rgb(255, 255, 255)', 'rgb(164, 16, 29)']);
  });
});
