/**
 * embed.js starts each element's own content (the chunk its audience or version names: src/embed/preload.ts) beside
 * the component's files, so it arrives with them instead of one round trip after, and starts no other audience's.
 * The page (test/pages/content-preload.html) loads the kit from a slow host that holds each component's file 1.5 s:
 * content started by the loader begins before that file has arrived; content the component asks for, after.
 */
import { expect } from '@esm-bundle/chai';
import { openPage, waitFor, type TestPage } from '../helpers/kit.ts';

const KIT = '/slow-host-content-preload/kit/';

/** The kit's files the page fetched, by name without the hash (`chunks/services-staff`). */
function kitFiles(page: TestPage): Map<string, PerformanceResourceTiming> {
  const entries = page.window.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  return new Map(
    entries
      .filter((e) => new URL(e.name).pathname.startsWith(KIT))
      .map((e) => [new URL(e.name).pathname.slice(KIT.length).replace(/-[\w-]{8}\.js$/, ''), e]),
  );
}

describe("each element's own content, started with its component", function () {
  this.timeout(30000);
  let page: TestPage;
  let files: Map<string, PerformanceResourceTiming>;

  before(async () => {
    page = await openPage('/test/pages/content-preload.html');
    const drawn = '[data-service], [part="step"], [data-alert], [data-question], [data-group]';
    await waitFor(
      () => [...page.document.querySelectorAll('main > *, main > div > *')].filter((e) => e.localName.startsWith('safe-')).every((e) => e.shadowRoot?.querySelector(drawn)),
      'every component drawn with its content',
      20000,
    );
    files = kitFiles(page);
  });
  after(() => page.frame.remove());

  it('fetches the content each element names, and no other audience or version', () => {
    const content = [...files.keys()].filter((f) => /^chunks\/(services|response|alerts|child-plan|agreement)/.test(f)).sort();
    expect(content).to.deep.equal(['chunks/agreement', 'chunks/alerts-staff', 'chunks/child-plan-younger', 'chunks/response-staff', 'chunks/services-parents', 'chunks/services-staff']);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('starts the content an element names (or its default, or the one for everyone) before its component has arrived', () => {
    for (const [component, content] of [
      ['help-links', 'services-staff'],
      ['help-links', 'services-parents'],
      ['child-plan', 'child-plan-younger'],
      ['alerts', 'alerts-staff'],
      ['family-agreement', 'agreement'],
    ]) {
      const code = files.get(`components/${component}`)!;
      const data = files.get(`chunks/${content}`)!;
      expect(data.startTime, `${content} started before components/${component} arrived`).to.be.below(code.responseEnd);
    }
  });

  it('leaves content named by a word only the component understands ("teachers") to the component, which fetches the right one', () => {
    const code = files.get('components/response-card')!;
    expect(files.get('chunks/response-staff')!.startTime).to.be.at.least(code.responseEnd);
    expect(files.has('chunks/response-parents')).to.equal(false);
  });
});
