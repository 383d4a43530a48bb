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
