/**
 * The kit's styles: plain CSS text in one constructed style sheet that every element on the page shares, adopted by
 * each shadow root (a strict CSP allows it: it is not an inline style). Each component lists the shared sheets
 * (./base.styles.ts, ./essential-help.styles.ts) and its own (./plain-element.ts, `sheets()`).
 */

/** A tag for plain CSS text: the build minifies templates tagged `css` (src/build/vite-plugin-minify-templates.ts). */
export const css = String.raw;

/** A constructed style sheet holding `text`. */
export function sheet(...text: string[]): CSSStyleSheet {
  const made = new CSSStyleSheet();
  made.replaceSync(text.join('\n'));
  return made;
}
