/**
 * The school page and the kit on two origins (test/kit-origin.mjs), as on every real school website. With the
 * headers hosting/ ships, every way in draws; from a host that sends no Access-Control-Allow-Origin, the reader
 * gets the plain help links and the console names the header to add.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { KIT_ORIGIN, content, openPage, waitFor, type TestPage } from '../helpers/kit.ts';
import type { Service } from '../../src/content/types.ts';

interface FrameView {
  found: boolean;
  error?: string;
  origin: string;
  services: number;
  plainLinks: string[];
  defined: boolean;
}
/** What a frame from the kit's origin shows, once `ready` holds. */
async function frameView(url: string, ready: (view: FrameView) => boolean, what: string): Promise<FrameView> {
  let last: FrameView | null = null;
  const end = performance.now() + 15000;
  for (;;) {
    last = (await executeServerCommand('kit-frame', { url })) as FrameView;
    if (last.found && !last.error && ready(last)) return last;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const panel = (page: TestPage) => page.document.querySelector('safe-help-links');
const CORS_MESSAGE = /console\.error: safe-kit: could not load safe-help-links: the kit \(http:\/\/[^)]+\) is on another origin than this page: check that the kit's host sends Access-Control-Allow-Origin \(see hosting\/\)/;

describe('the school page and the kit on two origins', () => {
  let essentials: Service[];
  before(async () => {
    essentials = (await content('services')).filter((s) => s.essential && s.url && !s.emergency);
    // Frames are drawn only in a tab at the front.
    await executeServerCommand('bring-to-front');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the test page and the kit really are on different origins', async () => {
    expect(new URL(KIT_ORIGIN).origin).to.not.equal(location.origin);
    const page = await openPage('/test/pages/placeholder.html');
    const script = page.document.querySelector<HTMLScriptElement>('script[src*="embed.js"]')!;
    expect(new URL(script.src).origin).to.equal(KIT_ORIGIN);
  });

  describe('with the headers hosting/ ships', () => {
    for (const [way, path] of [
      ['a script tag', '/test/pages/script-in-place.html'],
      ['a custom tag', '/test/pages/custom-tag.html'],
      ['a placeholder', '/test/pages/placeholder.html'],
    ]) {
      it(`${way} draws the panel, with no error`, async () => {
        const page = await openPage(path);
        await waitFor(() => panel(page)?.shadowRoot?.querySelector('[data-service]'), `the panel drawn from ${KIT_ORIGIN}`, 15000);
        expect(page.window.__problems).to.deep.equal([]);
      });
    }

    it("an iframe of the kit's frame page draws the panel", async () => {
      await openPage('/test/pages/two-origins-frame.html');
      const view = await frameView('/council/online-safety/kit/frame/help-links.html?audience=staff', (v) => v.services > 0, 'the panel in the frame');
      expect(view.origin).to.equal(KIT_ORIGIN);
    });

    it('a frame in a sandbox without allow-same-origin (an opaque origin, as WordPress oEmbed) draws the panel', async () => {
      await openPage('/test/pages/two-origins-sandbox.html');
      const view = await frameView('/council/online-safety/kit/frame/help-links.html?audience=children', (v) => v.services > 0, 'the panel in the sandbox');
      expect(view.origin).to.equal('null');
    });
  });

  describe('from a host that sends no Access-Control-Allow-Origin', () => {
    for (const [way, path, audience] of [
      ['a script tag', '/test/pages/no-cors-script.html', 'parents'],
      ['a custom tag', '/test/pages/no-cors-tag.html', 'staff'],
      ['a placeholder', '/test/pages/no-cors-placeholder.html', 'children'],
    ] as const) {
      it(`${way}: the reader sees the plain help links and the console names the header`, async () => {
        const page = await openPage(path);
        await waitFor(() => page.window.__problems.some((p) => CORS_MESSAGE.test(p)), 'the console message naming the header', 15000);
        const element = panel(page)!;
        expect(element.shadowRoot).to.equal(null);
        const hrefs = [...element.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(hrefs.length).to.be.greaterThan(0);
        expect(element.getBoundingClientRect().height).to.be.greaterThan(0);
        if (!element.textContent!.includes('NSPCC')) {
          // Nothing pasted inside: the loader's own plain help, 999 first.
          expect(hrefs[0]).to.equal('tel:999');
          for (const s of essentials.filter((e) => e.audiences[audience])) expect(hrefs).to.include(s.url);
        }
      });
    }

    it('a frame on the kit\'s own origin still draws: its page and its modules share that origin', async () => {
      await openPage('/test/pages/no-cors-frame.html');
      await frameView('/no-cors/kit/frame/help-links.html?audience=staff', (v) => v.services > 0, 'the panel in the frame');
    });

    it('a sandboxed frame (an opaque origin) keeps its plain help links', async () => {
      await openPage('/test/pages/no-cors-sandbox.html');
      // The frame page lists the help before its script runs; give the import time to fail, then look again.
      const view = await frameView('/no-cors/kit/frame/help-links.html?audience=children', (v) => v.plainLinks.length > 0 && v.origin === 'null', 'the sandboxed frame');
      await new Promise((r) => setTimeout(r, 1500));
      const later = await frameView('/no-cors/kit/frame/help-links.html?audience=children', () => true, 'the sandboxed frame');
      expect(later.services).to.equal(0);
      expect(later.defined).to.equal(false);
      expect(later.plainLinks).to.include('tel:999');
      for (const s of essentials.filter((e) => e.audiences.children)) expect(later.plainLinks).to.include(s.url);
      expect(view.origin).to.equal('null');
    });
  });
});
