/**
 * The child's plan and the quick exit, put on a page each way a webmaster can: a script tag where they should
 * appear, tags, and placeholders a CMS will not strip; each page also has a quick exit of its own, so each checks
 * that one press of Shift three times leaves once, however many exits the page has.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { sendKeys } from '@web/test-runner-commands';
import { KIT_ORIGIN, content, openPage, waitFor, type TestPage } from '../helpers/kit.ts';
import { recordExits, type RecordedExit } from '../../src/components/exit/test/record-exits.ts';
import type { ChildPlan } from '../../src/content/types.ts';

const METOFFICE = 'https://www.metoffice.gov.uk/';
const words = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The page's plan and its own exit, once both have drawn. */
async function renderedKit(page: TestPage) {
  return waitFor(() => {
    const plan = page.document.querySelector('safe-child-plan');
    const exit = page.document.querySelector('safe-exit');
    const inner = plan?.shadowRoot?.querySelector('safe-exit');
    const ready = plan?.shadowRoot?.querySelectorAll('[part="step"]').length === 3 && exit?.shadowRoot?.querySelector('[part="button"]') && inner?.shadowRoot?.querySelector('[part="button"]');
    return ready && { plan: plan!, exit: exit!, inner: inner! };
  }, `the plan and the exit in ${page.document.title}`);
}

const buttonOf = (exit: Element) => exit.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
const title = (plan: Element) => words(plan.shadowRoot!.querySelector('[part="heading"]')!.textContent);

async function shiftThreeTimes(page: TestPage) {
  page.window.focus();
  page.document.body.focus();
  for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
}

describe('embedding the child\'s plan and the quick exit', () => {
  let plans: ChildPlan[];
  const titleOf = (id: string) => plans.find((p) => p.id === id)!.title;
  before(async () => {
    plans = await content('child-plan');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('script tags with data-component show the exit and the plan exactly where each script stands', async () => {
    const page = await openPage('/test/pages/child-plan-script.html');
    const exits: RecordedExit[] = recordExits(page.document, []);
    const { plan, exit } = await renderedKit(page);
    expect(plan.previousElementSibling?.localName).to.equal('script');
    expect(plan.nextElementSibling?.id).to.equal('after');
    expect(exit.parentElement!.localName).to.equal('body');
    expect(title(plan)).to.equal(titleOf('younger'));
    expect(buttonOf(exit).getAttribute('href')).to.equal(METOFFICE);
    await shiftThreeTimes(page);
    expect(exits.map((e) => e.trigger)).to.deep.equal(['shift']);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('one script, a <safe-exit> tag and a <safe-child-plan> tag', async () => {
    const page = await openPage('/test/pages/child-plan-tag.html');
    const exits: RecordedExit[] = recordExits(page.document, []);
    const { plan, exit, inner } = await renderedKit(page);
    expect(title(plan)).to.equal(titleOf('older'));
    expect(buttonOf(exit).getAttribute('href')).to.equal(METOFFICE);
    expect(buttonOf(inner).getAttribute('href')).to.equal(METOFFICE);
    await shiftThreeTimes(page);
    expect(exits.map((e) => [e.trigger, e.href]), 'one exit for two exit buttons').to.deep.equal([['shift', METOFFICE]]);
    buttonOf(inner).click();
    expect(exits.map((e) => e.trigger)).to.deep.equal(['shift', 'button']);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('one script and <div data-safe-kit> placeholders, with their data-* settings', async () => {
    const page = await openPage('/test/pages/child-plan-placeholder.html');
    const exits: RecordedExit[] = recordExits(page.document, []);
    const { plan, exit, inner } = await renderedKit(page);
    expect(plan.parentElement!.dataset.safeKit).to.equal('child-plan');
    expect(exit.parentElement!.dataset.safeKit).to.equal('exit');
    expect(title(plan)).to.equal(titleOf('younger'));
    expect(plan.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(buttonOf(exit).getAttribute('href')).to.equal(METOFFICE);
    expect(buttonOf(inner).getAttribute('href')).to.equal(METOFFICE);
    await shiftThreeTimes(page);
    expect(exits.map((e) => e.trigger)).to.deep.equal(['shift']);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('works under a strict CSP with Trusted Types required, covering the page on exit with no violation', async () => {
    const page = await openPage('/test/pages/strict-csp-child-plan.html');
    const exits: RecordedExit[] = recordExits(page.document, []);
    const { plan, inner } = await renderedKit(page);
    expect(title(plan)).to.equal(titleOf('older'));
    buttonOf(inner).click();
    expect(exits.map((e) => e.covered)).to.deep.equal([true]);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('in an iframe of frame/exit.html on a school page, a click on the exit takes the whole tab away, not just the frame', async () => {
    const url = new URL('/test/pages/exit-frame-host.html', location.href).href;
    const { url: after, historyBefore, historyAfter } = (await executeServerCommand('leave-in-a-tab', { url })) as { url: string; historyBefore: number; historyAfter: number };
    expect(new URL(after).pathname, 'the tab itself is on the neutral page').to.equal('/test/pages/neutral.html');
    expect(historyAfter, 'the page is replaced, so Back does not return to it').to.equal(historyBefore);
  });

  it('loads the plan\'s code and content only once, from beside embed.js, with nothing from other origins', async () => {
    const page = await openPage('/test/pages/child-plan-tag.html');
    await renderedKit(page);
    const files = page.window.performance.getEntriesByType('resource').map((e) => new URL(e.name));
    // The test page's own scripts, and the kit from its origin (another one, as on a school's site).
    expect(new Set(files.map((u) => u.origin))).to.deep.equal(new Set([location.origin, KIT_ORIGIN]));
    const kit = files.map((u) => u.pathname).filter((p) => p.startsWith('/council/'));
    expect(new Set(kit).size).to.equal(kit.length);
    expect(kit.some((p) => /\/chunks\/child-plan-/.test(p)), kit.join()).to.equal(true);
  });
});
