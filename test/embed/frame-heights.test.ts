/**
 * Keeps demo/frame-heights.json true: the heights "Get the code" suggests for an iframe, measured on the real
 * built frames, for each component and layout, on a 320 px phone and a 1280 px desktop.
 *
 * For each, the frame is loaded as a fixed box (?fit=box, as where nobody resizes it) at the height the file
 * suggests, and must show the heading, the 999 line and the component's first help (its first contacts, first
 * step, first guide…) without scrolling. The file also records each frame's whole content height (the height
 * that needs no scrolling at all); it must be within 15% of what is measured.
 *
 * To write the file from a new measurement (after changing content or layouts):
 *   npm run build && SAFE_KIT_UPDATE_HEIGHTS=1 SAFE_KIT_BROWSERS=chromium npm run test:browser -- --files test/embed/frame-heights.test.ts
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { content, KIT_PATH, waitFor } from '../helpers/kit.ts';

const WIDTHS = [320, 1280] as const;
/** Set when the run writes the file rather than checks it (see above): then only the measuring is done. */
let UPDATING = false;

/** Each component and layout Get the code offers, and the first help a reader must see in it (`a|b`: a, or else b). */
const LAYOUTS: { component: string; query: string; first: string }[] = [
  ...['parents', 'children', 'staff'].map((a) => ({ component: 'help-links', query: `audience=${a}`, first: '[data-topic]|[data-service] .contact' })),
  ...['parents', 'staff'].flatMap((a) => ['full', 'short'].map((v) => ({ component: 'response-card', query: `audience=${a}&variant=${v}`, first: '[part="question"]|.dsl' }))),
  ...['older', 'younger'].map((v) => ({ component: 'child-plan', query: `version=${v}`, first: '.contacts' })),
  ...['parents', 'staff'].map((a) => ({ component: 'alerts', query: `audience=${a}`, first: '.alert|.status' })),
  { component: 'guides', query: '', first: '.card' },
  { component: 'guide', query: 'guide=tiktok', first: '.steps ol > li' },
  { component: 'family-agreement', query: '', first: 'fieldset.options' },
  { component: 'exit', query: '', first: '[part~="button"]' },
];

interface Entry {
  component: string;
  query: string;
  /** The iframe height to suggest, in px: shows the heading, the 999 line and the first help at both widths. */
  suggested: number;
  /** The whole content's height at each width, in px: a box this tall needs no scrolling. */
  content: Record<string, number>;
}
interface HeightsFile {
  about: string;
  frames: Record<string, Entry>;
}

const key = (l: { component: string; query: string }) => (l.query ? `${l.component}?${l.query}` : l.component);

async function measure(component: string, query: string, first: string, width: number, height: number) {
  const frame = document.createElement('iframe');
  frame.title = component;
  frame.style.cssText = `display:block;border:0;width:${width}px;height:${height}px`;
  frame.src = `${KIT_PATH}frame/${component}.html?${query ? `${query}&` : ''}fit=box`;
  document.body.append(frame);
  try {
    const doc = () => frame.contentDocument!;
    const firstHelp = await waitFor(() => {
      const holder = doc()?.querySelector<HTMLElement>('[data-safe-kit]');
      const root = holder && !holder.hidden ? holder.firstElementChild?.shadowRoot : undefined;
      // Drawn: its content is there, not the short help shown while it loads.
      return root && !root.querySelector('[part~="essential-help"]') && first.split('|').map((selector) => root.querySelector(selector)).find(Boolean);
    }, `${component}?${query} to draw ${first}`, 20000);
    // Fonts and late layout settle before measuring.
    await new Promise((r) => setTimeout(r, 300));
    const win = frame.contentWindow!;
    const footer = doc().querySelector('.frame-full')?.getBoundingClientRect().height ?? 0;
    const emergency = doc().querySelector('.frame-head a[href="tel:999"]');
    const box = firstHelp.getBoundingClientRect();
    return {
      content: Math.ceil(doc().body.getBoundingClientRect().height - footer),
      needed: Math.ceil(box.bottom + win.scrollY + footer),
      firstInView: box.top >= 0 && box.bottom <= win.innerHeight - footer + 1,
      emergencyInView: component === 'exit' || Boolean(emergency && emergency.getBoundingClientRect().bottom <= win.innerHeight),
    };
  } finally {
    frame.remove();
  }
}

describe('demo/frame-heights.json: the iframe heights Get the code suggests', function () {
  this.timeout(120000);
  let file: HeightsFile;
  const measured: HeightsFile = {
    about:
      'Iframe heights for Get the code, measured on the built frames at 320 and 1280 px wide by test/embed/frame-heights.test.ts (which says how to rewrite this file). suggested: the smallest box (with room to spare) that shows the heading, the 999 line and the first help without scrolling; content: the whole content at each width.',
    frames: {},
  };

  /** Which alerts are current depends on the day: they are measured on the day of the newest, whatever the clock says. */
  let alertsDay = '';

  before(async () => {
    await executeServerCommand('bring-to-front');
    alertsDay = (await content('alerts')).map((a) => a.published).sort().at(-1) ?? '';
    ({ file, updating: UPDATING } = (await executeServerCommand('frame-heights', {})) as { file: HeightsFile; updating: boolean });
  });

  after(async () => {
    if (UPDATING) await executeServerCommand('frame-heights', { measured });
  });

  for (const layout of LAYOUTS) {
    it(`${key(layout)}: the suggested height shows the heading, the 999 line and the first help at 320 and 1280 px`, async () => {
      const entry = file.frames?.[key(layout)];
      if (!UPDATING) expect(entry, `${key(layout)} is in demo/frame-heights.json`).to.not.equal(undefined);
      const query = layout.component === 'alerts' && alertsDay ? `${layout.query}&today=${alertsDay}` : layout.query;
      const results = await Promise.all(WIDTHS.map((w) => measure(layout.component, query, layout.first, w, entry?.suggested ?? 600)));
      const needed = Math.max(...results.map((r) => r.needed));
      const longest = Math.max(...results.map((r) => r.content));
      measured.frames[key(layout)] = {
        component: layout.component,
        query: layout.query,
        // A tenth to spare (another browser's fonts, a school's narrower column), but hardly taller than all of it.
        suggested: Math.ceil(Math.min(needed * 1.1, Math.max(needed, longest) + 100) / 50) * 50,
        content: Object.fromEntries(WIDTHS.map((w, i) => [String(w), results[i].content])),
      };
      if (UPDATING) return;
      const stale = ' (after a change of content or layout, rewrite demo/frame-heights.json: see test/embed/frame-heights.test.ts)';
      WIDTHS.forEach((w, i) => {
        const r = results[i];
        expect(r.firstInView, `at ${w} px the first help is in a ${entry!.suggested} px box (it needs ${r.needed})${stale}`).to.equal(true);
        expect(r.emergencyInView, `at ${w} px the 999 line is in view`).to.equal(true);
        expect(Math.abs(r.content - entry!.content[String(w)]) / r.content, `at ${w} px the content is ${r.content} px, the file says ${entry!.content[String(w)]}${stale}`).to.be.below(0.15);
      });
      // Not an arbitrary large number either: the box is no more than half as tall again as it needs to be.
      expect(entry!.suggested, `suggested ${entry!.suggested}, needed ${needed}`).to.be.at.most(Math.max(needed * 1.5, needed + 150));
    });
  }
});
