import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { content, loadKit, place, rendered, shadowAll, waitFor } from '../../../../test/helpers/kit.ts';
import { expectNoAxeViolations } from '../../../../test/helpers/axe.ts';
import { fixClock } from '../../../../test/helpers/clock.ts';
import type { Alert, AlertAudience } from '../../../content/types.ts';

/** The day after (or before) a YYYY-MM-DD date. */
function shift(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** What a reader should see on `today`, worked out here from the content files, not by the component's code. */
function expected(alerts: Alert[], audience: AlertAudience, today: string): string[] {
  return alerts
    .filter((a) => a.audiences.includes(audience) && a.published <= today && (!a.expires || a.expires >= today))
    .sort((a, b) => (a.published === b.published ? a.id.localeCompare(b.id) : a.published < b.published ? 1 : -1))
    .map((a) => a.id);
}

async function panel(attributes: Record<string, string>) {
  await loadKit();
  const element = place('safe-alerts', attributes);
  await rendered(element, '[part="status"]:not(:empty)');
  return element;
}

const shown = (element: Element) => shadowAll(element, '[data-alert]').map((e) => e.dataset.alert!);
const statusText = (element: Element) => element.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();
const toggleOf = (item: HTMLElement) => item.querySelector<HTMLButtonElement>('[part="toggle"]')!;
const bodyOf = (item: HTMLElement) => item.querySelector<HTMLElement>('[part="body"]')!;
const isVisible = (e: HTMLElement) => e.getClientRects().length > 0 && getComputedStyle(e).display !== 'none';

describe('safe-alerts', () => {
  let alerts: Alert[];
  /** The day the newest alert was published: every alert that has not expired by then is current. */
  let newest: string;
  before(async () => {
    alerts = await content('alerts');
    expect(alerts.length, 'the content has alerts to test with').to.be.greaterThan(1);
    newest = alerts.map((a) => a.published).sort().at(-1)!;
  });
  afterEach(() => document.querySelectorAll('safe-alerts').forEach((e) => e.remove()));

  for (const audience of ['staff', 'parents'] as const) {
    describe(`for ${audience}`, () => {
      it('shows exactly the current alerts for this audience, newest first', async () => {
        const element = await panel({ audience, today: newest });
        const ids = shown(element);
        expect(ids.length).to.be.greaterThan(0);
        expect(ids).to.deep.equal(expected(alerts, audience, newest));
        const dates = shadowAll(element, '[data-alert] time').map((t) => t.getAttribute('datetime')!);
        expect([...dates].sort().reverse()).to.deep.equal(dates);
      });

      it('has no accessibility violations (axe), with alerts closed and open', async () => {
        const element = await panel({ audience, today: newest });
        await expectNoAxeViolations(element);
        for (const item of shadowAll(element, '[data-alert]')) toggleOf(item).click();
        await element.updateComplete;
        await expectNoAxeViolations(element);
      });
    });
  }

  it('shows staff and parents different alerts, as each file says who it is for', async () => {
    const staff = shown(await panel({ audience: 'staff', today: newest }));
    const parents = shown(await panel({ audience: 'parents', today: newest }));
    const staffOnly = alerts.filter((a) => a.audiences.length === 1 && a.audiences[0] === 'staff' && staff.includes(a.id));
    const parentsOnly = alerts.filter((a) => a.audiences.length === 1 && a.audiences[0] === 'parents' && parents.includes(a.id));
    expect(staffOnly.length + parentsOnly.length, 'the content has an alert for one audience only').to.be.greaterThan(0);
    for (const a of staffOnly) expect(parents).to.not.include(a.id);
    for (const a of parentsOnly) expect(staff).to.not.include(a.id);
    for (const a of alerts.filter((x) => x.audiences.length === 2 && staff.includes(x.id))) expect(parents).to.include(a.id);
  });

  it('shows an alert up to and including its expiry date, and not the day after', async () => {
    const expiring = alerts.find((a) => a.expires)!;
    expect(expiring, 'the content has an alert with an expiry date').to.not.equal(undefined);
    const audience = expiring.audiences[0];
    const onTheDay = await panel({ audience, today: expiring.expires! });
    expect(shown(onTheDay)).to.include(expiring.id);
    const after = await panel({ audience, today: shift(expiring.expires!, 1) });
    expect(shown(after)).to.not.include(expiring.id);
    expect(shown(after)).to.deep.equal(expected(alerts, audience, shift(expiring.expires!, 1)));
  });

  it('does not show an alert before its published date', async () => {
    const latest = alerts.find((a) => a.published === newest)!;
    const element = await panel({ audience: latest.audiences[0], today: shift(newest, -1) });
    expect(shown(element)).to.not.include(latest.id);
  });

  it('says plainly "No current alerts" when there are none, with no empty list', async () => {
    const before = shift(alerts.map((a) => a.published).sort()[0], -1);
    const element = await panel({ audience: 'staff', today: before });
    expect(statusText(element)).to.match(/^No current alerts/);
    expect(element.shadowRoot!.querySelectorAll('ul.alerts, [data-alert]').length).to.equal(0);
  });

  it('says how many alerts are current in its live region', async () => {
    const element = await panel({ audience: 'parents', today: newest });
    const status = element.shadowRoot!.querySelector('[part="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(statusText(element)).to.contain(`${expected(alerts, 'parents', newest).length} current alert`);
  });

  it('shows at most `limit` alerts, the newest, and says how many there are', async () => {
    const all = expected(alerts, 'parents', newest);
    expect(all.length, 'parents have more than one current alert').to.be.greaterThan(1);
    const element = await panel({ audience: 'parents', today: newest, limit: '1' });
    expect(shown(element)).to.deep.equal(all.slice(0, 1));
    expect(statusText(element)).to.contain(`1 newest of ${all.length}`);
    element.setAttribute('limit', 'none');
    await element.updateComplete;
    expect(shown(element)).to.deep.equal(all);
  });

  it("uses the reader's own date, not UTC's, when today is not set or not a date", async () => {
    const expiring = alerts.find((a) => a.expires && a.audiences.includes('staff'));
    expect(expiring, 'the content has a staff alert with an expiry date').to.not.equal(undefined);
    // Midday UTC on the expiry date: still that date in London, already the next day where the tests run.
    const instant = `${expiring!.expires}T12:00:00Z`;
    expect(new Date(instant).getDate(), 'the browser runs in a time zone ahead of UTC (see the test runner config)').to.not.equal(new Date(instant).getUTCDate());
    const restore = fixClock(instant);
    try {
      const readerDay = shift(expiring!.expires!, 1);
      const unset = shown(await panel({ audience: 'staff' }));
      expect(unset, 'the alert has expired on the reader\'s date').to.not.include(expiring!.id);
      expect(unset).to.deep.equal(expected(alerts, 'staff', readerDay));
      expect(shown(await panel({ audience: 'staff', today: '31/12/2026' }))).to.deep.equal(expected(alerts, 'staff', readerDay));
    } finally {
      restore();
    }
  });

  it('shows each alert\'s level in words, not by colour alone, as part of its button\'s name', async () => {
    const element = await panel({ audience: 'staff', today: newest });
    for (const item of shadowAll(element, '[data-alert]')) {
      const alert = alerts.find((a) => a.id === item.dataset.alert)!;
      const word = alert.level[0].toUpperCase() + alert.level.slice(1);
      expect(item.querySelector('[part="level"]')!.textContent!.trim()).to.match(new RegExp(`^${word}`));
      expect(toggleOf(item).textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${word}: ${alert.title}`);
    }
  });

  it('opens an alert to its full text and closes it again', async () => {
    const element = await panel({ audience: 'parents', today: newest });
    const item = shadowAll(element, '[data-alert]')[0];
    const alert = alerts.find((a) => a.id === item.dataset.alert)!;
    const button = toggleOf(item);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(isVisible(bodyOf(item))).to.equal(false);
    expect(button.getAttribute('aria-controls')).to.equal(bodyOf(item).id);
    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(isVisible(bodyOf(item))).to.equal(true);
    const first = alert.body.find((b) => b.type === 'paragraph')!;
    const words = first.type === 'paragraph' ? first.children.map((c) => ('text' in c ? c.text : '')).join('').slice(0, 30) : '';
    expect(bodyOf(item).textContent).to.contain(words);
    expect(bodyOf(item).querySelector(`a[href="${alert.source}"]`), 'links to its source').to.not.equal(null);
    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(isVisible(bodyOf(item))).to.equal(false);
  });

  it('can be used by keyboard alone: Tab to an alert, Enter opens it, Tab reaches its links, Space closes it', async () => {
    const element = await panel({ audience: 'parents', today: newest });
    const start = document.createElement('button');
    start.textContent = 'start';
    element.before(start);
    start.focus();
    const item = shadowAll(element, '[data-alert]')[0];
    const button = toggleOf(item);
    await sendKeys({ press: 'Tab' });
    // Compared as booleans: chai's message for two unequal elements can take minutes to build.
    expect(element.shadowRoot!.activeElement === button, 'Tab reaches the first alert').to.equal(true);
    expect(getComputedStyle(button).backgroundColor, 'visible focus').to.equal('rgb(255, 221, 0)');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const firstLink = bodyOf(item).querySelector('a')!;
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement === firstLink, 'Tab goes into the opened text').to.equal(true);
    button.focus();
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    start.remove();
  });

  it('prints every alert open, with no arrows', async function () {
    const element = await panel({ audience: 'staff', today: newest });
    try {
      await emulateMedia({ media: 'print' });
    } catch (e) {
      // Print emulation needs the Chrome DevTools Protocol: Chromium runs this test, Firefox cannot.
      if (/CDP/.test(String(e))) this.skip();
      throw e;
    }
    try {
      for (const item of shadowAll(element, '[data-alert]')) {
        expect(isVisible(bodyOf(item)), `${item.dataset.alert} is printed in full`).to.equal(true);
        expect(getComputedStyle(toggleOf(item), '::before').display).to.equal('none');
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(isVisible(bodyOf(shadowAll(element, '[data-alert]')[0]))).to.equal(false);
  });

  it('sets its heading level from heading-level, and each alert one level below', async () => {
    const element = await panel({ audience: 'staff', today: newest, 'heading-level': '3' });
    expect(element.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    const titles = shadowAll(element, '.alert-title').map((h) => h.getAttribute('aria-level'));
    expect(new Set(titles)).to.deep.equal(new Set(['4']));
  });

  it('links only to https:, tel: and mailto: addresses', async () => {
    const element = await panel({ audience: 'staff', today: newest });
    for (const a of shadowAll(element, 'a')) expect(a.getAttribute('href')).to.match(/^(https:\/\/|tel:|mailto:)/);
  });

  it('is never blank: its first render has the heading and links to help, before the alerts arrive', async () => {
    await loadKit();
    const element = place('safe-alerts', { audience: 'staff' });
    await waitFor(() => element.shadowRoot, 'the element to upgrade');
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('[part="heading"]')!.textContent).to.equal('Online safety alerts for staff');
    const alertsShown = root.querySelectorAll('[data-alert]').length + (statusText(element) ? 1 : 0);
    const help = root.querySelectorAll('[part="essential-help"] a').length;
    expect(alertsShown + help, 'alerts, the status line or essential help links').to.be.greaterThan(0);
  });
});
