/**
 * What README says a school page's Content-Security-Policy must allow: with Trusted Types required, a
 * `trusted-types` list naming Lit's policy (lit-html) draws the panel; `trusted-types 'none'` gets the plain help
 * links, and the console says what to add. The kit is on another origin, listed in script-src.
 */
import { expect } from '@esm-bundle/chai';
import { openPage, waitFor } from '../helpers/kit.ts';

describe("a page's Content-Security-Policy with Trusted Types", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('trusted-types lit-html: the panel draws, with no violation or console error', async function () {
    this.timeout(60000);
    const page = await openPage('/test/pages/csp-trusted-types-lit.html');
    const panel = page.document.querySelector('[data-safe-kit]')!;
    await waitFor(() => panel.querySelector('safe-help-links')?.shadowRoot?.querySelector('[data-service]'), 'the panel', 40000);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it("trusted-types 'none': the reader gets the plain help links and the console names lit-html", async function () {
    if (!('trustedTypes' in window)) {
      // This browser has no Trusted Types, so the policy cannot refuse anything: nothing to show here.
      this.skip();
    }
    this.timeout(60000);
    const page = await openPage('/test/pages/csp-trusted-types-none.html');
    await waitFor(() => page.window.__problems.some((p) => /could not load safe-help-links: add lit-html to this page's Content-Security-Policy trusted-types list/.test(p)), 'the console message', 40000);
    const element = page.document.querySelector('safe-help-links')!;
    expect(element.shadowRoot?.querySelector('[data-service]') ?? null).to.equal(null);
    const hrefs = [...element.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs[0]).to.equal('tel:999');
    expect(hrefs.length).to.be.greaterThan(3);
  });
});
