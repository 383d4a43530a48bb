/**
 * Each frame page with JavaScript off (an iframe with sandbox="allow-same-origin": no scripts run) shows its
 * component's own content, written into the page at build time from the real content files, not only the
 * essential links; and that page passes axe (run on the page served without the kit's script).
 */
import { expect } from '@esm-bundle/chai';
import { content, KIT_PATH } from '../helpers/kit.ts';
import { expectFrameHasNoAxeViolations } from '../helpers/axe-frame.ts';
import type { AgreementGroup, Alert, ChildPlan, Guide, ResponseCard, Service } from '../../src/content/types.ts';

interface Content {
  services: Service[];
  response: ResponseCard[];
  plans: ChildPlan[];
  alerts: Alert[];
  guides: Guide[];
  agreement: AgreementGroup[];
}

const plain = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOf = (nodes: { type: string; text?: string; children?: unknown[] }[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.text : n.children ? textOf(n.children as never) : ' ')).join('');

/** What each frame must show without JavaScript: phrases from the component's own content. */
const EXPECTED: Record<string, (c: Content, doc: Document) => string[]> = {
  'help-links': (c) => c.services.filter((s) => s.audiences.parents && !s.emergency).map((s) => s.name),
  'response-card': (c) => {
    const card = c.response.find((r) => r.audience === 'parents')!;
    return [card.title, ...card.flow.outcomes.map((o) => o.title), ...card.contacts.filter((id) => id !== 'school-dsl').map((id) => c.services.find((s) => s.id === id)!.name)];
  },
  'child-plan': (c) => {
    const plan = c.plans.find((p) => p.id === 'older')!;
    return [plan.title, ...plan.steps.map((s) => s.heading)];
  },
  // Which alerts are current depends on the day of the build: each one shown must be a parents' alert, whole.
  alerts: (c, doc) => {
    const shown = [...doc.querySelectorAll<HTMLElement>('[data-alert]')].map((e) => c.alerts.find((a) => a.id === e.dataset.alert));
    expect(shown.every((a) => a?.audiences.includes('parents')), 'only parents’ alerts').to.equal(true);
    return shown.length ? shown.flatMap((a) => [a!.title, plain(textOf(a!.summary as never))]) : ['No current alerts.'];
  },
  guides: (c) => c.guides.map((g) => g.name),
  guide: (c) => c.guides.map((g) => g.name),
  'family-agreement': (c) => c.agreement.flatMap((g) => [g.title.replaceAll('{device}', 'phone'), plain(textOf(g.promises[0].text as never)).replaceAll('{device}', 'phone')]),
  exit: () => ['Exit this page'],
};

async function load(src: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.width = '800';
  frame.height = '600';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('frame pages without JavaScript', function () {
  this.timeout(60000);
  let c: Content;

  before(async () => {
    c = {
      services: await content('services'),
      response: await content('response'),
      plans: await content('child-plan'),
      alerts: await content('alerts'),
      guides: await content('guides'),
      agreement: await content('agreement'),
    };
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`frame/${name}.html shows its own content, the 999 line and the essential help, with no script`, async () => {
      const frame = await load(`${KIT_PATH}frame/${name}.html`, 'allow-same-origin');
      const doc = frame.contentDocument!;
      expect(doc.querySelector('safe-' + name), 'no script ran').to.equal(null);
      const text = plain(doc.body.innerText);
      for (const phrase of expected(c, doc)) expect(text, `"${phrase}"`).to.include(plain(phrase));
      if (name === 'exit') return;
      expect(doc.querySelector('.frame-head a[href="tel:999"]')).to.not.equal(null);
      const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      // The child's plan is for children: its help leaves out the adults' helpline.
      for (const s of c.services.filter((s) => s.essential && s.url && (name !== 'child-plan' || s.audiences.children))) expect(hrefs).to.include(s.url);
      // Nothing opens a tab: inside a sandbox that may not, such a link would do nothing.
      expect(doc.querySelectorAll('base, .frame-static a[target]')).to.have.length(0);
    });

    it(`frame/${name}.html with no script passes axe`, async () => {
      const frame = await load(`/broken/no-script/kit/frame/${name}.html`);
      await expectFrameHasNoAxeViolations(frame);
    });
  }
});

/** Follows a link in a frame with no script, as a reader's tap does, and waits for the page it goes to. */
async function follow(frame: HTMLIFrameElement, link: HTMLAnchorElement | null | undefined): Promise<Document> {
  expect(link, 'the link').to.not.equal(null);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  link!.click();
  await loaded;
  return frame.contentDocument!;
}

describe("guides frame pages without JavaScript: every guide's steps within reach, and a first page that does not grow", function () {
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const start of ['guides', 'guide']) {
    it(`frame/${start}.html: a guide's link opens the guide's own page with its steps, whose link goes back to the list`, async () => {
      const guides = await content('guides');
      const tiktok = guides.find((g) => g.id === 'tiktok')!;
      const frame = await load(`${KIT_PATH}frame/${start}.html`, 'allow-same-origin');
      // Its card gives the platform's minimum age in the words the component's badge uses.
      const card = frame.contentDocument!.querySelector('.frame-static [data-guide="tiktok"]')!;
      expect(tiktok.minimumAge).to.be.a('number');
      expect(plain(card.textContent!)).to.include(`Minimum age ${tiktok.minimumAge}`);
      const doc = await follow(frame, card.querySelector<HTMLAnchorElement>('a'));
      expect(frame.contentWindow!.location.pathname).to.equal(`${KIT_PATH}frame/guides/tiktok.html`);
      expect(doc.querySelector('safe-guide'), 'no script ran').to.equal(null);
      expect(doc.title, 'a title of its own').to.equal(`${tiktok.name}: parental controls guide`);
      const text = plain(doc.body.innerText);
      // Every heading and step of the guide, as the editor wrote them.
      for (const block of tiktok.body) expect(text, block.type).to.include(plain(textOf([block] as never)).slice(0, 120));
      expect(doc.querySelector('.frame-head a[href="tel:999"]')).to.not.equal(null);
      expect(doc.querySelectorAll('base, .frame-static a[target]')).to.have.length(0);
      const back = await follow(frame, doc.querySelector<HTMLAnchorElement>('.frame-static a[href="../guides.html"]'));
      expect(back.querySelectorAll('.frame-static [data-guide]')).to.have.length(guides.length);
    });
  }

  it("a guide's own page with no script passes axe", async () => {
    const frame = await load(`/broken/no-script/kit/frame/guides/tiktok.html`);
    expect(frame.contentDocument!.querySelector('.frame-static h3')?.textContent).to.equal('TikTok');
    await expectFrameHasNoAxeViolations(frame);
  });

  it('with 1,000 guides, frame/guides.html holds the first 24 cards and a link to every guide, which reaches the last guide and its steps', async () => {
    const frame = await load('/council/many-guides/kit/frame/guides.html', 'allow-same-origin');
    const first = frame.contentDocument!;
    expect(first.querySelectorAll('.frame-static [data-guide]')).to.have.length(24);
    expect(plain(first.body.innerText)).to.include('24 of 1,000 guides.');
    const all = await follow(frame, first.querySelector<HTMLAnchorElement>('.frame-static a[href="all-guides.html"]'));
    expect(plain(all.body.innerText)).to.include('1,000 guides.');
    const cards = [...all.querySelectorAll<HTMLElement>('.frame-static [data-guide]')];
    expect(cards).to.have.length(1000);
    const last = cards.at(-1)!;
    const name = last.querySelector('h3')!.textContent!;
    const doc = await follow(frame, last.querySelector<HTMLAnchorElement>('h3 a'));
    expect(frame.contentWindow!.location.pathname).to.equal(`/council/many-guides/kit/frame/guides/${last.dataset.guide}.html`);
    expect(doc.querySelector('.frame-static h3')?.textContent).to.equal(name);
    expect(doc.querySelectorAll('.frame-static ol li').length, 'its steps').to.be.above(2);
  });

  it('with 1,000 guides, the page of every guide with no script passes axe', async () => {
    const frame = await load('/council/many-guides-no-script/kit/frame/all-guides.html');
    expect(frame.contentDocument!.querySelectorAll('.frame-static [data-guide]')).to.have.length(1000);
    await expectFrameHasNoAxeViolations(frame);
  });
});
