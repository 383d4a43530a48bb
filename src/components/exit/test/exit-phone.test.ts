/**
 * The quick exit where a child really meets it: on a 375 px phone, scrolled to any point of the plan or the
 * children's help; set off by finger taps; and inside a website builder's sandboxed box that may not move the page.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand, sendMouse, setViewport } from '@web/test-runner-commands';
import { loadKit, place, rendered, waitFor } from '../../../../test/helpers/kit.ts';
import { coverOf, recordExits, recordedExits } from './record-exits.ts';

recordExits();

const exitButton = (host: Element) => {
  const exit = host.localName === 'safe-exit' ? host : host.shadowRoot!.querySelector('safe-exit')!;
  return exit.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;
};

/** A school page's own header above the panel and footer below it, so the page scrolls past the panel both ways. */
function schoolPage() {
  const header = document.createElement('header');
  header.className = 'school';
  header.textContent = 'Our school: news, term dates, uniform';
  header.style.height = '600px';
  document.body.prepend(header);
  const footer = document.createElement('footer');
  footer.className = 'school';
  footer.textContent = 'Contact the school office';
  footer.style.height = '900px';
  document.body.append(footer);
}

/** Scrolls from the panel's top to its end, 60 px at a time, checking the exit's button is in view at each point. */
async function expectExitInViewThroughout(panel: HTMLElement) {
  const button = exitButton(panel);
  const top = panel.getBoundingClientRect().top + scrollY;
  const end = top + panel.getBoundingClientRect().height - innerHeight * 0.5;
  expect(end - top, 'the panel is taller than the phone, so there is something to scroll').to.be.greaterThan(innerHeight);
  for (let y = top; y <= end; y += 60) {
    scrollTo(0, y);
    await new Promise(requestAnimationFrame);
    const box = button.getBoundingClientRect();
    expect(box.top, `exit top at scroll ${Math.round(y - top)} px into the panel`).to.be.at.least(-0.5);
    expect(box.bottom, `exit bottom at scroll ${Math.round(y - top)} px into the panel`).to.be.at.most(innerHeight + 0.5);
    const hit = panel.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(hit?.localName, 'nothing covers the exit').to.equal('safe-exit');
  }
}

describe('the quick exit on a phone', () => {
  before(() => setViewport({ width: 375, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => {
    recordedExits.length = 0;
  });
  afterEach(() => {
    document.querySelectorAll('safe-exit, safe-child-plan, safe-help-links, .school, iframe').forEach((e) => e.remove());
    scrollTo(0, 0);
  });

  for (const version of ['older', 'younger']) {
    it(`stays in view at every point of the child's plan (${version}), as GOV.UK's does`, async () => {
      await loadKit();
      const plan = place('safe-child-plan', { version });
      await rendered(plan, '[part="step"]');
      schoolPage();
      await expectExitInViewThroughout(plan);
    });
  }

  it("is on the children's help panel too, and stays in view at every point of it", async () => {
    await loadKit();
    const panel = place('safe-help-links', { audience: 'children' });
    await rendered(panel, '[data-service]');
    schoolPage();
    await expectExitInViewThroughout(panel);
  });

  it('is a large tap target on a phone: as wide as the panel, at least 48 px tall', async () => {
    await loadKit();
    const plan = place('safe-child-plan');
    await rendered(plan, '[part="step"]');
    const box = exitButton(plan).getBoundingClientRect();
    const step = plan.shadowRoot!.querySelector('[part="step"]')!.getBoundingClientRect();
    expect(box.height).to.be.at.least(48);
    expect(box.width).to.be.at.least(step.width - 1);
  });

  it('three quick finger taps anywhere on the page leave, as Shift three times does', async function () {
    // Headless Firefox refuses touch input over WebDriver BiDi (NS_ERROR_ILLEGAL_VALUE), and a refused attempt
    // upsets its keyboard focus for the tests after: Chromium runs this test, with the browser's own touch input.
    if (/Firefox/.test(navigator.userAgent)) this.skip();
    await loadKit();
    const exit = place('safe-exit', { id: 'tapped' });
    await rendered(exit, '[part="button"]');
    const text = document.createElement('p');
    text.className = 'school';
    text.textContent = 'Some of the school page';
    document.body.append(text);
    const box = text.getBoundingClientRect();
    const at = { x: Math.round(box.left + 20), y: Math.round(box.top + box.height / 2) };
    // Two taps are not enough, and mouse clicks never count.
    await executeServerCommand('tap', { ...at, times: 2 });
    for (let i = 0; i < 3; i++) await sendMouse({ type: 'click', position: [at.x, at.y] });
    expect(recordedExits).to.deep.equal([]);
    await executeServerCommand('tap', { ...at, times: 3 });
    await waitFor(() => recordedExits.length > 0, 'the exit after three taps');
    expect(recordedExits.map((e) => [e.trigger, e.from, e.covered])).to.deep.equal([['tap', 'tapped', true]]);
  });
});

describe('the quick exit in a sandboxed box that may not move the page around it', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((e) => e.remove()));

  /** The page test/pages/exit-in-a-box.html in a sandboxed frame, as Google Sites or a WordPress oEmbed holds it. */
  async function box(sandbox: string) {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', sandbox);
    frame.width = '375';
    frame.height = '400';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/pages/exit-in-a-box.html';
    document.body.append(frame);
    await loaded;
    const exit = await waitFor(() => {
      const e = frame.contentDocument!.querySelector('safe-exit');
      return e?.shadowRoot?.querySelector('[part="button"]') && e;
    }, 'the exit in the box');
    return { frame, exit };
  }

  /** A real click (a user activation, which a popup needs) on the exit inside the frame. */
  async function tapExit(frame: HTMLIFrameElement, exit: Element) {
    const outer = frame.getBoundingClientRect();
    const inner = exitButton(exit).getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(outer.left + inner.left + inner.width / 2), Math.round(outer.top + inner.top + inner.height / 2)] });
  }

  it('without popups: covers its own content at once and says in plain words to close the tab', async () => {
    const here = location.href;
    const { frame, exit } = await box('allow-scripts allow-same-origin');
    await tapExit(frame, exit);
    const cover = coverOf(exit);
    const said = await waitFor(() => exit.shadowRoot!.querySelector('[part="stranded"]')?.textContent, 'what to do next');
    expect(cover.open, 'the box stays covered').to.equal(true);
    expect(said).to.contain('Close this tab');
    expect(exit.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Close this tab');
    expect(location.href, 'the page around the box is still here').to.equal(here);
    expect(frame.contentWindow!.location.pathname, 'the box did not go to a page that may refuse to be framed').to.equal('/test/pages/exit-in-a-box.html');
  });

  it('with popups allowed (as Google Sites allows): opens the neutral page in a new tab, and says so', async () => {
    const { frame, exit } = await box('allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    await tapExit(frame, exit);
    const said = await waitFor(() => exit.shadowRoot!.querySelector('[part="stranded"]')?.textContent, 'what to do next');
    expect(said).to.contain('opened in a new tab');
    expect(coverOf(exit).open).to.equal(true);
    // The new tab took the browser's focus: give it back to this page for the keyboard tests after this one.
    await executeServerCommand('bring-to-front');
  });

  it('"Show this page again" takes the cover away', async () => {
    const { frame, exit } = await box('allow-scripts allow-same-origin');
    await tapExit(frame, exit);
    const again = await waitFor(() => exit.shadowRoot!.querySelector<HTMLButtonElement>('[part="stranded"] button'), 'the button');
    again.click();
    await waitFor(() => !coverOf(exit).open, 'the cover to go');
  });
});
