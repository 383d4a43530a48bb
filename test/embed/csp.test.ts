/**
 * What README says a school page's Content-Security-Policy must allow: with Trusted Types required, no policy of
 * the kit's own. The kit makes no HTML strings (src/shared/dom.ts), so under `trusted-types 'none'`, which allows no
 * policy at all, every component draws, with no violation or console error. The kit is on another origin, listed
 * in script-src. (Firefox has no Trusted Types: there the page's other rules are in force, and the same holds.)
 */
import { expect } from '@esm-bundle/chai';
import { openPage, waitFor } from '../helpers/kit.ts';

/** What each component shows once it has drawn its content. */
const DRAWN: Record<string, string> = {
  'safe-exit': '[part="button"]',
  'safe-help-links': '[data-service]',
  'safe-response-card': '[part="question"]',
  'safe-family-agreement': '[data-promise]',
  'safe-alerts': '[part="status"]:not(:empty)',
  'safe-guides': '[data-guide]',
  'safe-guide': '[part="guide"]',
  'safe-child-plan': '[part="step"]',
};

describe("a page's Content-Security-Policy with Trusted Types", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it("trusted-types 'none': every component draws, with no violation or console error", async function () {
    this.timeout(90000);
    const page = await openPage('/test/pages/csp-trusted-types-none.html');
    for (const [tag, selector] of Object.entries(DRAWN)) {
      await waitFor(() => page.document.querySelector(tag)?.shadowRoot?.querySelector(selector), `${tag} to draw`, 60000);
    }
    expect(page.window.__problems).to.deep.equal([]);
    if ('trustedTypes' in page.window) {
      // The policy is really in force: an HTML string is refused.
      expect(() => {
        page.document.createElement('div').innerHTML = '<b>x</b>';
      }).to.throw();
    }
  });
});
