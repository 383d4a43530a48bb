/**
 * Finding the kit's own `<script>` tags on real pages, where the loader cannot count on document.currentScript:
 * - optimisers rewrite the tag and run it later (Cloudflare Rocket Loader's `data-rocketsrc`, WP Rocket's
 *   `data-rocket-src`, lazy loaders' `data-src`), so the address may be in another attribute and the script that
 *   runs may be a copy without the settings;
 * - page-building JavaScript adds `<script data-component>` with innerHTML, where a script never runs by itself;
 * - CMSs move the script into `<head>`, or wpautop wraps it in a `<p>`.
 * Every kit script with a data-component is a panel to draw, whichever copy of the loader finds it first.
 */

/** Attributes that hold a script's address before or after an optimiser has rewritten it. */
const ADDRESS_ATTRIBUTES = ['src', 'data-rocketsrc', 'data-rocket-src', 'data-src', 'data-lazy-src'];

/** The absolute address a script tag loads (or will load, once an optimiser runs it), or ''. */
export function scriptAddress(script: Element): string {
  for (const name of ADDRESS_ATTRIBUTES) {
    const value = script.getAttribute(name);
    if (!value) continue;
    try {
      return new URL(value, document.baseURI).href;
    } catch {
      // Not an address: try the next attribute.
    }
  }
  return '';
}

export const isKitScript = (script: Element): boolean => /\/embed\.js$/.test(scriptAddress(script).split(/[?#]/)[0]);

const kitScripts = (root: ParentNode): HTMLScriptElement[] => {
  const found = root instanceof HTMLScriptElement ? [root] : [];
  return [...found, ...root.querySelectorAll('script')].filter(isKitScript);
};

/** The loader's own address: the running script's, else the last kit script on the page (a rewritten one too). */
export function ownAddress(current: HTMLScriptElement | null): string {
  return current?.src || scriptAddress(kitScripts(document).pop() ?? document.documentElement) || '';
}

/** Kit scripts under `root` that ask for a panel and have none yet; `current` counts whatever its file is named. */
export function scriptsToMount(root: ParentNode, mounted: string, current: HTMLScriptElement | null): HTMLScriptElement[] {
  const all = kitScripts(root);
  if (current && !all.includes(current) && (current === root || root.contains(current))) all.unshift(current);
  return all.filter((s) => s.dataset.component && !s.hasAttribute(mounted));
}

/**
 * Puts a script's panel where a reader sees it: just after the script; after the paragraph if wpautop wrapped the
 * script in a `<p>` (a panel of headings and lists does not belong inside a paragraph); in the page's main
 * content if a CMS moved the script into `<head>`, where nothing is shown.
 */
export function placeAfterScript(script: HTMLScriptElement, panel: HTMLElement): void {
  if (script.closest('head')) {
    console.warn('safe-kit: a script in <head> cannot show its panel there, so it is put at the end of the main content. Paste the script where the panel should go.');
    const put = () => (document.querySelector('main') ?? document.body).append(panel);
    if (document.body) put();
    else document.addEventListener('DOMContentLoaded', put, { once: true });
    return;
  }
  const paragraph = script.parentElement?.localName === 'p' ? script.parentElement : null;
  (paragraph ?? script).after(panel);
}
