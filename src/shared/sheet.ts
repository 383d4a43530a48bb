/**
 * Styles without Lit: plain CSS text in one constructed style sheet that every element on the page shares,
 * adopted by each shadow root (a strict CSP allows it: it is not an inline style). Lit components list these
 * sheets in their `static styles` as they list their own `css` results, so the kit's shared styles are written
 * once for the components drawn with Lit and those drawn without it.
 */

/** A tag for plain CSS text: the build minifies templates tagged `css` (src/build/vite-plugin-minify-templates.ts). */
export const css = String.raw;

/** A constructed style sheet holding `text`. */
export function sheet(...text: string[]): CSSStyleSheet {
  const made = new CSSStyleSheet();
  made.replaceSync(text.join('\n'));
  return made;
}
