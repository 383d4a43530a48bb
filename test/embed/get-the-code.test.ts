/**
 * The demo's "Get the code" page, as a webmaster uses it: for every component the kit builds, each snippet names
 * that component and the kit's own address, and the iframe snippet points at the component's frame page.
 */
import { expect } from '@esm-bundle/chai';
import { KIT_PATH, openPage, waitFor } from '../helpers/kit.ts';

describe('the Get the code page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('offers every component in the kit, with snippets that point at this kit', async () => {
    const embed = await (await fetch(`${KIT_PATH}embed.js`)).text();
    const built = Object.keys(JSON.parse(embed.match(/\{"safe-[^}]*\}/)![0]) as Record<string, string>).map((t) => t.slice('safe-'.length));
    const page = await openPage(`${KIT_PATH}demo/get-the-code.html`);
    const select = await waitFor(() => {
      const list = page.document.querySelector<HTMLSelectElement>('#component');
      return list && list.options.length > 0 ? list : undefined;
    }, 'the component list');
    expect([...select.options].map((o) => o.value).sort()).to.deep.equal(built.sort());
    const kitUrl = new URL(`${KIT_PATH}embed.js`, location.href).href;
    for (const name of built) {
      select.value = name;
      select.dispatchEvent(new Event('change'));
      const text = (id: string) => page.document.getElementById(id)!.textContent!;
      expect(text('snippet-script')).to.contain(`src="${kitUrl}" data-component="${name}"`);
      expect(text('snippet-tag')).to.contain(`<safe-${name}`);
      expect(text('snippet-div')).to.contain(`data-safe-kit="${name}"`);
      expect(text('snippet-iframe')).to.match(new RegExp(`src="[^"]*/frame/${name}\\.html[^"]*" title="[^"]+" width="100%" height="\\d+"`));
    }
  });
});
