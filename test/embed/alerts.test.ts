/**
 * Each way a webmaster can put the alerts panel on a page, each in its own page (test/pages/alerts-*.html),
 * loading the built kit from a sub-folder as a council would host it. Settings (audience, today, limit) travel
 * from the snippet to the panel.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { content, openPage, waitFor, type TestPage } from '../helpers/kit.ts';
import type { Alert, AlertAudience } from '../../src/content/types.ts';

/** Shows a panel's alerts for a set day (the day the newest alert was published), so no test reads the clock. */
async function onDay(panel: Element, day: string) {
  panel.setAttribute('today', day);
  await (panel as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return panel;
}

/** A panel that has drawn its alerts (or said there are none). */
function readyPanels(doc: Document, count: number) {
  return waitFor(() => {
    const all = [...doc.querySelectorAll('safe-alerts')];
    return all.length === count && all.every((p) => p.shadowRoot?.querySelector('[part="status"]')?.textContent?.trim()) && all;
  }, `${count} alerts panel(s) in ${doc.title}`);
}

const shownIds = (panel: Element) => [...panel.shadowRoot!.querySelectorAll<HTMLElement>('[data-alert]')].map((e) => e.dataset.alert);

describe('embedding the alerts panel', function () {
  // A frame fits its content after its page, frame.js, the component and the code that fits frames have
  // arrived: on a loaded machine that can take a while (what matters is that it comes, not when).
  this.timeout(60000);
  let alerts: Alert[];
  const current = (audience: AlertAudience, today: string) =>
    alerts
      .filter((a) => a.audiences.includes(audience) && a.published <= today && (!a.expires || today <= a.expires))
      .sort((a, b) => (a.published === b.published ? a.id.localeCompare(b.id) : a.published < b.published ? 1 : -1))
      .map((a) => a.id);

  let newest: string;
  before(async () => {
    alerts = await content('alerts');
    newest = alerts.map((a) => a.published).sort().at(-1)!;
    expect(current('staff', newest).length, 'there are current alerts to show on that day').to.be.greaterThan(0);
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a script tag with data-component="alerts" shows the panel exactly where the script stands', async () => {
    const page: TestPage = await openPage('/test/pages/alerts-script-in-place.html');
    const [panel] = await readyPanels(page.document, 1);
    expect(panel.previousElementSibling?.localName).to.equal('script');
    expect(panel.nextElementSibling?.id).to.equal('after');
    expect(shownIds(await onDay(panel, newest))).to.deep.equal(current('staff', newest));
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('one script and a <safe-alerts> tag anywhere', async () => {
    const page = await openPage('/test/pages/alerts-tag.html');
    const [panel] = await readyPanels(page.document, 1);
    expect(shownIds(await onDay(panel, newest))).to.deep.equal(current('parents', newest));
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('one script and a <div data-safe-kit="alerts"> placeholder, with its data-today, data-limit and data-heading-level', async () => {
    const page = await openPage('/test/pages/alerts-placeholder.html');
    const [panel] = await readyPanels(page.document, 1);
    expect(panel.parentElement!.dataset.safeKit).to.equal('alerts');
    expect(shownIds(panel)).to.deep.equal(current('parents', '2026-11-24').slice(0, 1));
    expect(panel.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('works under a strict CSP with Trusted Types required, and an alert still opens', async () => {
    const page = await openPage('/test/pages/strict-csp-alerts.html');
    const [panel] = await readyPanels(page.document, 1);
    expect(shownIds(panel)).to.deep.equal(current('staff', '2026-11-24'));
    const button = panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    button.click();
    await waitFor(() => button.getAttribute('aria-expanded') === 'true', 'the alert to open');
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('an iframe of frame/alerts.html shows the alerts for the audience and date in its address, and fits its content', async () => {
    // A frame reports its height when its page is laid out, which a background tab's is not: test files run
    // side by side in tabs.
    await executeServerCommand('bring-to-front');
    const page = await openPage('/test/pages/alerts-frame-host.html');
    const frame = page.document.querySelector('iframe')!;
    const inner = () => frame.contentDocument!;
    await waitFor(() => inner()?.querySelector('safe-alerts'), 'the panel in the frame');
    const [panel] = await readyPanels(inner(), 1);
    expect(panel.getAttribute('audience')).to.equal('staff');
    expect(shownIds(panel)).to.deep.equal(current('staff', '2026-11-20'));
    await waitFor(() => Number(frame.height) > 150 && Math.abs(Number(frame.height) - inner().documentElement.scrollHeight) < 5, 'the frame to fit its content', 20000);
  });

  it('the feeds are published beside embed.js, for a feed reader to subscribe to', async () => {
    for (const file of ['alerts.atom', 'alerts.json', 'alerts-staff.atom', 'alerts-staff.json', 'alerts-parents.atom', 'alerts-parents.json']) {
      const response = await fetch(`/council/online-safety/kit/${file}`);
      expect(response.ok, file).to.equal(true);
    }
  });
});
