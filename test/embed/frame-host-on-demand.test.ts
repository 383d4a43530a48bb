/**
 * The code that fits kit frames to their content (src/embed/frame-host.ts) is not in embed.js: a page fetches it
 * when a kit frame on it first reports its height, and a page with no kit frame never does.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { KIT, openPage, waitFor, type TestPage } from '../helpers/kit.ts';

const frameHostFetched = (page: TestPage) =>
  page.window.performance.getEntriesByType('resource').filter((e) => /\/chunks\/frame-host-[\w-]+\.js$/.test(e.name)).length;

describe("embed.js fetches the frames' host code only for a page with kit frames", function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a page with a kit frame fetches it once, and the frame fits its content', async () => {
    // A frame fits its content when the page is drawn, which a background tab is not.
    await executeServerCommand('bring-to-front');
    const page = await openPage('/test/pages/frame-host.html');
    const frame = page.document.querySelector('iframe')!;
    await waitFor(() => frame.contentDocument?.querySelector('safe-help-links')?.shadowRoot?.querySelector('[data-service]'), 'the panel in the frame', 15000);
    await waitFor(() => Number(frame.height) > 150 && Math.abs(Number(frame.height) - frame.contentDocument!.documentElement.scrollHeight) < 5, 'the frame to fit its content', 20000);
    expect(frameHostFetched(page)).to.equal(1);
  });

  it("a frame that drew before the page's kit script arrived is still fitted: the script asks it to report again", async () => {
    await executeServerCommand('bring-to-front');
    const page = await openPage('/test/pages/frame-host-late.html');
    const frame = page.document.querySelector('iframe')!;
    await waitFor(() => frame.contentDocument?.querySelector('safe-help-links')?.shadowRoot?.querySelector('[data-service]'), 'the panel in the frame', 15000);
    // Its height reported to a page with nobody listening yet; then the school's kit script arrives.
    await new Promise((r) => setTimeout(r, 300));
    expect(Number(frame.height)).to.equal(150);
    // What the frame hears: the script's ask (not only the frame's own later change of layout, which would report too).
    const heard: unknown[] = [];
    frame.contentWindow!.addEventListener('message', (e) => heard.push((e.data as { type?: unknown } | null)?.type));
    const script = page.document.createElement('script');
    script.src = `${KIT}embed.js`;
    page.document.body.append(script);
    await waitFor(() => heard.includes('safe-kit:report-height'), 'the script to ask the frame to report again', 20000);
    await waitFor(() => Number(frame.height) > 150 && Math.abs(Number(frame.height) - frame.contentDocument!.documentElement.scrollHeight) < 5, 'the frame to fit its content', 20000);
  });

  it('a page with a component and no frame does not fetch it', async () => {
    const page = await openPage('/test/pages/component-from-kit.html?tag=safe-help-links&audience=parents');
    const panel = page.document.querySelector('safe-help-links')!;
    await waitFor(() => panel.shadowRoot?.querySelector('[data-service]'), 'the panel', 15000);
    expect(frameHostFetched(page)).to.equal(0);
  });
});
