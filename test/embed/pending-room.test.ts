/**
 * While a component's content is on its way, the page does not move: the component, defined and waiting, shows
 * the plain help its placeholder held, in exactly the room that help took before (no loading state of another
 * height). The content is held by the test server (`/broken/content-hang/kit/`, test/server-plugins.mjs), so the
 * waiting state lasts as long as the test looks at it. In both browsers (the layout-shift budget, which reads
 * Chromium's layout-shift entries, is in test/build/layout-shift.test.ts).
 */
import { expect } from '@esm-bundle/chai';
import { waitFor } from '../helpers/kit.ts';

const COMPONENTS = ['help-links', 'response-card', 'child-plan', 'guides', 'guide', 'alerts', 'family-agreement'];

const twoFrames = (w: Window) => new Promise((r) => w.requestAnimationFrame(() => w.requestAnimationFrame(r)));

describe('a component waiting for its content keeps the room its plain help took', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const name of COMPONENTS) {
    it(`${name}: defined and waiting, it shows its placeholder's plain help with 999, at the same height`, async () => {
      const frame = document.createElement('iframe');
      frame.width = '360';
      frame.height = '700';
      frame.src = `/test/pages/failing-kit.html?kit=content-hang&only=${name}`;
      document.body.append(frame);
      const tag = `safe-${name}`;
      const element = await waitFor(() => frame.contentWindow?.customElements.get(tag) && frame.contentDocument!.querySelector(tag)?.shadowRoot && frame.contentDocument!.querySelector(tag)!, `<${tag}> defined`, 20000);
      await twoFrames(frame.contentWindow!);
      expect(!!element.shadowRoot!.querySelector('[part~="base"]'), 'the component has drawn something (its content is held)').to.equal(false);
      const tel = element.querySelector<HTMLElement>('a[href="tel:999"]');
      expect(tel?.getBoundingClientRect().height ?? 0, 'the plain help\'s 999 link is shown').to.be.greaterThan(0);

      // The same help, as a plain copy beside it: the room the help took before the component was defined.
      const placeholder = element.parentElement!;
      const copy = frame.contentDocument!.createElement('div');
      copy.append(...[...element.childNodes].map((n) => n.cloneNode(true)));
      placeholder.after(copy);
      expect(placeholder.getBoundingClientRect().height).to.be.closeTo(copy.getBoundingClientRect().height, 0.5);
    });
  }
});
