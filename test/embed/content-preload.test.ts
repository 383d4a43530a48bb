/**
 * embed.js starts each element's own content (the chunk its audience or version names: src/embed/preload.ts) beside
 * the component's files, so it arrives with them instead of one round trip after, and starts no other audience's.
 * The page (test/pages/content-preload.html) loads the kit from a slow host that holds each component's file 1.5 s:
 * content started by the loader begins before that file has arrived; content the component asks for, after.
 */
import { expect } from '@esm-bundle/chai';
import { openPage, waitFor, type TestPage } from '../helpers/kit.ts';

/** What a component draws once its content is there. */
const DRAWN = '[data-service], [part="step"], [data-alert], [data-question], [data-group], [part="guide"]';
const CONTENT = /^chunks\/(services|response|alerts|child-plan|agreement|guide-)/;

/**
 * Opens a test page whose kit is on a slow host (`/slow-host-<name>/kit/`), waits until every component has drawn
 * its content, and returns the kit's files the page fetched, by name without the hash (`chunks/services-staff`).
 */
async function fetchedBy(path: string, kit: string): Promise<{ page: TestPage; files: Map<string, PerformanceResourceTiming> }> {
  const page = await openPage(path);
  await waitFor(
    () => [...page.document.querySelectorAll('main *')].filter((e) => e.localName.startsWith('safe-')).every((e) => e.shadowRoot?.querySelector(DRAWN)),
    'every component drawn with its content',
    20000,
  );
  const entries = page.window.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const files = new Map(
    entries
      .filter((e) => new URL(e.name).pathname.startsWith(kit))
      .map((e) => [new URL(e.name).pathname.slice(kit.length).replace(/-[\w-]{8}\.js$/, ''), e] as const),
  );
  return { page, files };
}

/** Each content chunk began before its component's own file had arrived: the loader started it, not the component. */
function startedWithComponent(files: Map<string, PerformanceResourceTiming>, pairs: [string, string][]) {
  for (const [component, content] of pairs) {
    const code = files.get(`components/${component}`)!;
    const data = files.get(`chunks/${content}`)!;
    expect(data.startTime, `${content} started before components/${component} arrived`).to.be.below(code.responseEnd);
  }
}

describe("each element's own content, started with its component", function () {
  this.timeout(30000);
  let page: TestPage;
  let files: Map<string, PerformanceResourceTiming>;

  before(async () => {
    ({ page, files } = await fetchedBy('/test/pages/content-preload.html', '/slow-host-content-preload/kit/'));
  });
  after(() => page.frame.remove());

  it('fetches the content each element names, and no other audience or version', () => {
    const content = [...files.keys()].filter((f) => CONTENT.test(f)).sort();
    expect(content).to.deep.equal(['chunks/agreement', 'chunks/alerts-staff', 'chunks/child-plan-younger', 'chunks/guide-tiktok', 'chunks/response-staff', 'chunks/services-parents', 'chunks/services-staff']);
    expect(page.window.__problems).to.deep.equal([]);
  });

  it('starts the content an element names (or its default, or the one for everyone) before its component has arrived', () => {
    startedWithComponent(files, [
      ['help-links', 'services-staff'],
      ['help-links', 'services-parents'],
      ['child-plan', 'child-plan-younger'],
      ['alerts', 'alerts-staff'],
      ['family-agreement', 'agreement'],
      // One guide's own file, at the address its name gives: no map of every guide in embed.js.
      ['guide', 'guide-tiktok'],
    ]);
  });

  it('leaves content named by a word only the component understands ("teachers") to the component, which fetches the right one', () => {
    const code = files.get('components/response-card')!;
    expect(files.get('chunks/response-staff')!.startTime).to.be.at.least(code.responseEnd);
    expect(files.has('chunks/response-parents')).to.equal(false);
  });
});

describe('components with no audience or version: the content each shows by default, started with it', function () {
  this.timeout(30000);

  it("starts the default's content (the one the component then shows, so it fetches nothing else)", async () => {
    const { page, files } = await fetchedBy('/test/pages/content-preload-defaults.html', '/slow-host-content-defaults/kit/');
    try {
      // A loader whose default differed from the component's would start one chunk and the component fetch another.
      expect([...files.keys()].filter((f) => CONTENT.test(f)).sort()).to.deep.equal(['chunks/alerts-parents', 'chunks/child-plan-older', 'chunks/response-parents']);
      startedWithComponent(files, [
        ['response-card', 'response-parents'],
        ['alerts', 'alerts-parents'],
        ['child-plan', 'child-plan-older'],
      ]);
      expect(page.window.__problems).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
