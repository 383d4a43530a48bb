/**
 * Runs axe-core on the whole document of a same-origin frame (a kit frame page), loading axe into that document:
 * the page is the unit a reader meets, so landmarks and regions count too.
 */
import { expect } from '@esm-bundle/chai';

type Axe = { run(context: Node, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };

export async function expectFrameHasNoAxeViolations(frame: HTMLIFrameElement): Promise<void> {
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & { axe?: Axe };
  if (!win.axe) {
    await new Promise((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = () => reject(new Error('axe-core did not load into the frame'));
      doc.head.append(script);
    });
  }
  const result = await win.axe!.run(doc, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    // A frame sits in a school's page, under the page's own <h1>.
    rules: { 'page-has-heading-one': { enabled: false } },
  });
  const report = result.violations.map((v) => `${v.id} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  expect(report, report.join('\n')).to.deep.equal([]);
}
