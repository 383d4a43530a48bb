/**
 * The one emergency service (content/services/, `emergency: true`) is the "In immediate danger" line of every panel
 * that tells a reader where to get help: each audience's help panel, both response cards and both child's plans.
 * (A guide, the alerts, the guides' list and the family agreement show it while loading and if loading fails.)
 */
import { expect } from '@esm-bundle/chai';
import { content, loadKit, place, rendered } from '../helpers/kit.ts';

const PANELS: [tag: keyof HTMLElementTagNameMap, attributes: Record<string, string>, drawn: string][] = [
  ['safe-help-links', { audience: 'parents' }, '[data-service]'],
  ['safe-help-links', { audience: 'children' }, '[data-service]'],
  ['safe-help-links', { audience: 'staff' }, '[data-service]'],
  ['safe-response-card', { audience: 'staff' }, '[part="question"]'],
  ['safe-response-card', { audience: 'parents' }, '[part="question"]'],
  ['safe-child-plan', { version: 'older' }, '[part="step"]'],
  ['safe-child-plan', { version: 'younger' }, '[part="step"]'],
];

describe('the emergency line', () => {
  afterEach(() => document.querySelectorAll(PANELS.map(([tag]) => tag).join(',')).forEach((e) => e.remove()));

  for (const [tag, attributes, drawn] of PANELS) {
    it(`${tag} ${JSON.stringify(attributes)} shows "In immediate danger, call" the emergency service's number once drawn`, async () => {
      const emergency = (await content('services')).filter((s) => s.emergency);
      expect(emergency, 'exactly one emergency service').to.have.length(1);
      const number = emergency[0].phones[0].number;
      await loadKit();
      const element = place(tag, attributes);
      await rendered(element, drawn);
      const line = element.shadowRoot!.querySelector<HTMLElement>('[part="emergency"]');
      expect(line, 'an emergency line').to.not.equal(null);
      expect(line!.textContent!.replace(/\s+/g, ' ')).to.contain(`In immediate danger, call ${number}`);
      expect(line!.querySelector('a')!.getAttribute('href')).to.equal(`tel:${number.replace(/\s/g, '')}`);
      expect(line!.getBoundingClientRect().height, 'shown').to.be.greaterThan(0);
    });
  }
});
