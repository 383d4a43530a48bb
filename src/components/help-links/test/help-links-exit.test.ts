/**
 * The quick exit in the help panel: a children's panel fetches the exit's code for itself, parents' and staff
 * panels never download it, and a children's panel whose exit code cannot load still has a plain link to leave.
 * Each page is the panel and the kit on another origin (test/pages/component-from-kit.html).
 */
import { expect } from '@esm-bundle/chai';
import { openPage, waitFor, type TestPage } from '../../../../test/helpers/kit.ts';

const NEUTRAL = 'https://www.example.org/neutral';

async function panelPage(query: string): Promise<{ page: TestPage; panel: Element }> {
  const page = await openPage(`/test/pages/component-from-kit.html?tag=safe-help-links&exit-href=${encodeURIComponent(NEUTRAL)}&${query}`);
  const panel = page.document.querySelector('safe-help-links')!;
  await waitFor(() => panel.shadowRoot?.querySelector('[data-service]'), `the panel (${query}) to show its services`, 15000);
  return { page, panel };
}

/** Every file the page has fetched from the kit's components folder, by name without its hash. */
const componentsFetched = (page: TestPage) =>
  page.window.performance
    .getEntriesByType('resource')
    .map((e) => /\/components\/([a-z-]+)-[\w-]+\.js$/.exec(e.name)?.[1])
    .filter(Boolean);

describe('safe-help-links and its quick exit', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const audience of ['parents', 'staff']) {
    it(`a ${audience === 'parents' ? "parents'" : 'staff'} panel does not download the quick exit it does not show`, async () => {
      const { page, panel } = await panelPage(`audience=${audience}`);
      expect(panel.shadowRoot!.querySelector('safe-exit')).to.equal(null);
      expect(componentsFetched(page)).to.deep.equal(['help-links']);
    });
  }

  it("a children's panel fetches the quick exit, which draws its button to the webmaster's page", async () => {
    const { page, panel } = await panelPage('audience=children');
    const exit = panel.shadowRoot!.querySelector('safe-exit')!;
    const button = await waitFor(() => exit.shadowRoot?.querySelector<HTMLAnchorElement>('[part="button"]'), 'the exit button');
    expect(button.getAttribute('href')).to.equal(NEUTRAL);
    expect(componentsFetched(page).sort()).to.deep.equal(['exit', 'help-links']);
    // The plain stand-in link goes once the exit has drawn: one way to leave, not two.
    await waitFor(() => !exit.querySelector('a'), 'the stand-in link to go');
    // A change of theme reaches the exit in place (the panel is not drawn again for it).
    panel.setAttribute('theme', 'dark');
    await (panel as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(panel.shadowRoot!.querySelector('safe-exit') === exit, 'the same exit').to.equal(true);
    expect(exit.getAttribute('theme')).to.equal('dark');
    panel.removeAttribute('theme');
    expect(exit.hasAttribute('theme')).to.equal(false);
  });

  for (const kind of ['404', 'hang']) {
    it(`a children's panel whose quick exit cannot load (${kind}) still shows a plain link that leaves`, async () => {
      const { panel } = await panelPage(`audience=children&kit=broken/exit-${kind}`);
      const exit = panel.shadowRoot!.querySelector('safe-exit')!;
      const link = exit.querySelector('a')!;
      // Its address is checked as the exit checks it, by the exit's own small file (not the exit's code, which
      // failed); until then it leads to the default neutral page, never nowhere.
      expect(link.getAttribute('href')).to.be.oneOf([NEUTRAL, 'https://www.bbc.co.uk/weather']);
      await waitFor(() => link.getAttribute('href') === NEUTRAL, "the stand-in link's checked address");
      expect(link.textContent).to.equal('Exit this page');
      expect(link.getBoundingClientRect().height, 'a 44 px target').to.be.at.least(43.5);
      // First in the panel, before its heading, as the exit itself would be.
      const heading = panel.shadowRoot!.querySelector('[part="heading"]')!;
      expect(link.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    });
  }
});
