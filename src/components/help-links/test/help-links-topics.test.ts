/**
 * "What is it about?": a parent on a phone reaches the right service for their worry in two taps (the worry, then
 * the service's call button or link), with every service one tap away and everything on paper.
 */
import { expect } from '@esm-bundle/chai';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import { content, loadKit, place, rendered, shadowAll } from '../../../../test/helpers/kit.ts';
import { whilePrinting } from '../../../../test/helpers/print.ts';
import { expectNoAxeViolations } from '../../../../test/helpers/axe.ts';
import type { Service, Topic } from '../../../content/types.ts';

const digits = (n: string) => n.replace(/\s/g, '');

async function parentsPanel() {
  await loadKit();
  const element = place('safe-help-links', { audience: 'parents' });
  await rendered(element, '[data-topic]');
  return element;
}

/** A real tap (click) on what a reader sees: scrolled into view, at its middle, and it must be what is there. */
async function tap(element: HTMLElement, target: HTMLElement) {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
  expect(element.shadowRoot!.elementFromPoint(x, y)?.closest('summary, a') === target.closest('summary, a'), `"${target.textContent!.trim()}" is on top where it is tapped`).to.equal(true);
  await sendMouse({ type: 'click', position: [x, y] });
}

/** Drawn for the reader: content inside a closed <details> keeps a layout box in Chromium but is not rendered. */
const visible = (el: Element) => el.checkVisibility() && el.getBoundingClientRect().height > 0;

describe('safe-help-links: "What is it about?"', () => {
  let topics: Topic[];
  let services: Service[];
  before(async () => {
    topics = await content('topics');
    services = await content('services');
    await setViewport({ width: 375, height: 740 });
  });
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => document.querySelectorAll('safe-help-links').forEach((e) => e.remove()));

  it("opens with the emergency line and then the parents' worries from content/topics/, in order", async () => {
    const element = await parentsPanel();
    const expected = topics.filter((t) => t.audiences.includes('parents'));
    expect(expected.length).to.be.at.least(5);
    expect(shadowAll(element, '[data-topic] > summary').map((s) => s.textContent!.trim())).to.deep.equal(expected.map((t) => t.title));
    const emergency = element.shadowRoot!.querySelector('[part="emergency"]')!;
    const question = element.shadowRoot!.querySelector('[part="topics"]')!;
    expect(emergency.compareDocumentPosition(question) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    // The services wait behind one tap each: none is on screen yet.
    expect(shadowAll(element, '[data-topic-service], [data-service]').filter(visible)).to.deep.equal([]);
  });

  it('a parent reaches the right service for each worry in two taps: the worry, then its call button first', async () => {
    const element = await parentsPanel();
    for (const topic of topics.filter((t) => t.audiences.includes('parents'))) {
      const summary = element.shadowRoot!.querySelector<HTMLElement>(`[data-topic="${topic.id}"] > summary`)!;
      await tap(element, summary);
      const shown = shadowAll(element, `[data-topic="${topic.id}"] [data-topic-service]`).filter(visible);
      expect(shown.map((s) => s.dataset.topicService).sort(), topic.title).to.deep.equal([...topic.services].sort());
      const named = topic.services.map((id) => services.find((s) => s.id === id)!);
      const callable = named.filter((s) => s.phones.length > 0);
      // Those with a phone number come first, and each one's first link is its call button.
      expect(shown.slice(0, callable.length).map((s) => s.dataset.topicService), topic.title).to.deep.equal(callable.map((s) => s.id));
      for (const item of shown) {
        const service = services.find((s) => s.id === item.dataset.topicService)!;
        const first = item.querySelector<HTMLAnchorElement>('a')!;
        expect(first.getAttribute('href'), service.id).to.equal(service.phones.length ? `tel:${digits(service.phones[0].number)}` : service.url);
      }
      // The second tap: the first service's first link is there to be tapped.
      const link = shown[0].querySelector<HTMLAnchorElement>('a')!;
      link.addEventListener('click', (e) => e.preventDefault(), { once: true });
      let reached = '';
      element.shadowRoot!.addEventListener('click', (e) => (reached = (e.target as HTMLElement).closest('a')?.getAttribute('href') ?? ''), { once: true });
      await tap(element, link);
      expect(reached, topic.title).to.equal(link.getAttribute('href'));
    }
  });

  it('opening one worry closes the one before, so the panel stays short', async () => {
    const element = await parentsPanel();
    const [a, b] = shadowAll(element, '[data-topic] > summary');
    await tap(element, a);
    await tap(element, b);
    expect(shadowAll(element, 'details[data-topic][open]').map((d) => d.dataset.topic)).to.deep.equal([b.parentElement!.dataset.topic]);
  });

  it('every service is one tap away: "Every service" opens the full list', async () => {
    const element = await parentsPanel();
    const all = element.shadowRoot!.querySelector<HTMLElement>('[part="all-services"] > summary')!;
    const count = services.filter((s) => s.audiences.parents && !s.emergency).length;
    expect(all.textContent!.trim()).to.equal(`Every service (${count})`);
    await tap(element, all);
    expect(shadowAll(element, '[data-service]').filter(visible)).to.have.length(count);
  });

  it('prints everything: every worry with its services, and the full list', async function () {
    const element = await parentsPanel();
    await whilePrinting(this, () => {
      const hidden = shadowAll(element, '[data-topic-service], [data-service]').filter((e) => !visible(e));
      expect(hidden.map((e) => e.dataset.topicService ?? e.dataset.service)).to.deep.equal([]);
    });
  });

  it('has no accessibility violations (axe), closed and with a worry open', async () => {
    const element = await parentsPanel();
    await expectNoAxeViolations(element);
    element.shadowRoot!.querySelector<HTMLDetailsElement>('[data-topic]')!.open = true;
    await expectNoAxeViolations(element);
  });

  it('children and staff, who have no topics in content/topics/, get the full list straight away', async () => {
    await loadKit();
    for (const audience of ['children', 'staff']) {
      if (topics.some((t) => t.audiences.includes(audience as never))) continue;
      const element = place('safe-help-links', { audience });
      await rendered(element, '[data-service]');
      expect(element.shadowRoot!.querySelector('[part="all-services"]'), audience).to.equal(null);
      expect(shadowAll(element, '[data-service]').filter(visible).length, audience).to.be.greaterThan(3);
    }
  });
});
