/**
 * What README says a school page's Content-Security-Policy must allow: with Trusted Types required, a
 * `trusted-types` list naming Lit's policy (lit-html) draws every component. With `trusted-types 'none'` the
 * components drawn without Lit (the help panel and the response card here) still draw, as they need no policy; a
 * component drawn with Lit (the family agreement here, while it is) gets the plain help links, and the console says
 * what to add. The kit is on another
 * origin, listed in script-src.
 */
import { expect } from '@esm-bundle/chai';
import { openPage, waitFor } from '../helpers/kit.ts';

describe("a page's Content-Security-Policy with Trusted Types", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('trusted-types lit-html: the help panel and the response card draw, with no violation or console error', async function () {
    this.timeout(60000);
    const page = await openPage('/test/pages/csp-trusted-types-lit.html');
    await waitFor(() => page.document.querySelector('safe-help-links')?.shadowRoot?.querySelector('[data-service]'), 'the panel', 40000);
    await waitFor(() => page.document.querySelector('safe-response-card')?.shadowRoot?.querySelector('[part="question"]'), 'the card', 40000);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it("trusted-types 'none': the help panel and the response card draw; a component drawn with Lit gets the plain help links and the console names lit-html", async function () {
    if (!('trustedTypes' in window)) {
      // This browser has no Trusted Types, so the policy cannot refuse anything: nothing to show here.
      this.skip();
    }
    this.timeout(60000);
    const page = await openPage('/test/pages/csp-trusted-types-none.html');
    const shadow = (tag: string, selector: string) => page.document.querySelector(tag)?.shadowRoot?.querySelector(selector);
    await waitFor(() => shadow('safe-help-links', '[data-service]'), 'the help panel', 40000);
    await waitFor(() => shadow('safe-response-card', '[part="question"]'), 'the response card', 40000);
    // The family agreement is drawn with Lit until it is not: then it draws like the others, and nothing is refused.
    const refused = (tag: string) => page.window.__problems.some((p) => p.includes(`could not load ${tag}: add lit-html to this page's Content-Security-Policy trusted-types list`));
    await waitFor(() => shadow('safe-family-agreement', '[data-promise]') || refused('safe-family-agreement'), 'the agreement, or the console naming lit-html', 40000);
    expect(page.window.__problems.filter((p) => /help-links|response-card/.test(p)), 'nothing about the help panel or the card').to.deep.equal([]);
    if (refused('safe-family-agreement')) {
      const element = page.document.querySelector('safe-family-agreement')!;
      expect(element.shadowRoot?.querySelector('[data-promise]') ?? null).to.equal(null);
      const hrefs = [...element.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs[0]).to.equal('tel:999');
      expect(hrefs.length).to.be.greaterThan(3);
    } else {
      expect(page.window.__problems, 'no component is refused').to.deep.equal([]);
    }
  });
});
