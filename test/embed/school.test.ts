/**
 * A school's own details (content/schools/ or a council's schools/) reaching every component that shows them,
 * from the kit built with the example council's folder (dist-example/, served at /example-council/kit/):
 * `data-school` on the script tag applies to every component on the page, a component's own `school` or
 * `dsl-…` attribute wins, and a school that lists no lead is reached through its own phone.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { KIT_ORIGIN, place, rendered, shadowAll, waitFor } from '../helpers/kit.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import type { School, Service } from '../../src/content/types.ts';

/** The example council's kit, on the kit's own origin as a council hosts it (another origin than this page). */
const EXAMPLE_KIT = `${KIT_ORIGIN}/example-council/kit/`;

const example = <T>(collection: string) => executeServerCommand('safe-content', { collection, council: 'example' }) as Promise<T>;
const tel = (n: string) => `tel:${n.replace(/\s/g, '')}`;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const hrefs = (el: Element | null | undefined) => [...(el?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));

describe('a school named once on the script tag reaches every component', () => {
  let schools: School[];
  let services: Service[];
  const school = (id: string) => schools.find((s) => s.id === id)!;

  before(async () => {
    [schools, services] = await Promise.all([example<School[]>('schools'), example<Service[]>('services')]);
    const script = document.createElement('script');
    script.src = `${EXAMPLE_KIT}embed.js`;
    script.dataset.school = 'hillside-primary';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error('dist-example/embed.js did not load: run `npm run build:example` first'));
    });
    document.head.append(script);
    await loaded;
  });
  afterEach(() => document.body.replaceChildren());

  it('the staff card: the lead, deputy, their numbers and the council\'s front door and LADO', async () => {
    const hillside = school('hillside-primary');
    const card = place('safe-response-card', { audience: 'staff' });
    const dsl = await rendered(card, '[part="dsl"]');
    await waitFor(() => text(dsl).includes(hillside.lead!), 'the school\'s lead');
    expect(card.getAttribute('school'), 'the script tag\'s setting').to.equal('hillside-primary');
    expect(hrefs(dsl)).to.deep.equal([tel(hillside.leadPhone!), `mailto:${hillside.leadEmail}`]);
    const lead = card.shadowRoot!.querySelector('.who [data-contact="school-dsl"]');
    expect(text(lead)).to.contain(hillside.lead!).and.to.contain(`Deputy: ${hillside.deputy}`);
    expect(hrefs(lead)).to.deep.equal([tel(hillside.leadPhone!), `mailto:${hillside.leadEmail}`]);
    for (const local of ['front-door', 'lado']) {
      const contact = card.shadowRoot!.querySelector(`.who [data-contact="${local}"]`);
      const service = services.find((s) => s.id === local)!;
      expect(text(contact), local).to.contain(service.name);
      expect(hrefs(contact), local).to.include(tel(service.phones[0].number));
    }
    await expectNoAxeViolations(card);
  });

  it('the parents\' help panel: "Your school" first, and the council\'s layer (added, replaced, hidden)', async () => {
    const hillside = school('hillside-primary');
    const panel = place('safe-help-links', { audience: 'parents' });
    const entry = await rendered(panel, '[part~="school"]');
    expect(text(entry)).to.contain(hillside.name).and.to.contain(hillside.lead!);
    expect(hrefs(entry)).to.deep.equal([tel(hillside.leadPhone!), `mailto:${hillside.leadEmail}`, hillside.onlineSafetyPage]);
    const shown = shadowAll(panel, '[data-service]').map((s) => s.dataset.service);
    expect(shown, 'added by the council').to.include('front-door');
    expect(shown, 'hidden by the council').to.not.include('samaritans');
    expect(text(panel.shadowRoot!.querySelector('.emergency')), 'the emergency line').to.contain('999');
    await expectNoAxeViolations(panel);
  });

  it('the child\'s plan names who at the school a child can talk to', async () => {
    const hillside = school('hillside-primary');
    const plan = place('safe-child-plan');
    const who = await rendered(plan, '[part="school"]');
    expect(who.closest('[data-step]')?.getAttribute('data-step'), 'in "Tell an adult you trust"').to.equal('2');
    expect(text(who)).to.contain(hillside.name).and.to.contain(hillside.lead!).and.to.contain(hillside.deputy!);
    await expectNoAxeViolations(plan);
  });

  it('a component\'s own school wins; a school with no lead listed is reached through its own phone', async () => {
    const brookside = school('brookside-infants');
    expect(brookside.lead, 'the fixture lists no lead').to.equal(undefined);
    const card = place('safe-response-card', { audience: 'parents', school: 'brookside-infants' });
    const dsl = await rendered(card, '[part="dsl"]');
    await waitFor(() => text(dsl).includes(brookside.name), 'the school\'s name');
    expect(text(dsl)).to.contain('designated safeguarding lead at');
    expect(hrefs(dsl)).to.deep.equal([tel(brookside.phone), `mailto:${brookside.email}`]);
    const contact = card.shadowRoot!.querySelector('.who [data-contact="school-dsl"]');
    expect(hrefs(contact), 'never an empty contact').to.include(tel(brookside.phone));
    expect(text(contact)).to.not.contain('Ask for them through the school');
    await expectNoAxeViolations(card);
  });

  it('a webmaster\'s own dsl-name wins over the file, and then the school office is the number to call', async () => {
    const hillside = school('hillside-primary');
    const card = place('safe-response-card', { audience: 'parents', 'dsl-name': 'Mrs Own Choice' });
    const dsl = await rendered(card, '[part="dsl"]');
    await waitFor(() => hrefs(dsl).length > 0, 'the school\'s numbers');
    expect(text(dsl)).to.contain('Mrs Own Choice').and.not.to.contain(hillside.lead!);
    expect(hrefs(dsl)[0]).to.equal(tel(hillside.phone));
  });

  it('a component that shows no school does not take the script tag\'s school (only declared settings are copied)', async () => {
    const exit = place('safe-exit');
    const panel = place('safe-help-links');
    await waitFor(() => panel.getAttribute('school'), 'the panel to take the page\'s school');
    expect(exit.hasAttribute('school')).to.equal(false);
  });

  it('a placeholder\'s data-school names its own school', async () => {
    const brookside = school('brookside-infants');
    // Inside a section, as a CMS block adds it (the loader looks inside what a page adds).
    const div = document.createElement('div');
    Object.assign(div.dataset, { safeKit: 'help-links', audience: 'staff', school: 'brookside-infants' });
    place('section').append(div);
    const panel = await waitFor(() => div.querySelector('safe-help-links'), 'the panel');
    const entry = await rendered(panel, '[part~="school"]');
    expect(text(entry)).to.contain(brookside.name).and.to.contain('Ask for the designated safeguarding lead');
    expect(hrefs(entry)[0]).to.equal(tel(brookside.phone));
  });
});
