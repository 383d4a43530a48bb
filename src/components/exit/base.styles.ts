/**
 * The part of the kit's base styles (src/shared/base.styles.ts and dark.styles.ts) that the quick exit draws with,
 * as plain CSS text. Its own copy, not an import: those files are in the kit's shared chunk (chunks/kit-*.js, 2.7 KB
 * brotli with the markdown, loading and plain-help drawing the exit never uses), and a page with only the quick exit
 * downloads embed.js, the exit's own file and its address check, nothing more. Keep the two in step
 * (test/build/exit-styles.test.ts checks the custom properties): the exit's tests check its focus highlight, its
 * 44 px target, its contrast in both themes and its print rule.
 *
 * Left out, as nothing the exit draws uses them or the exit sets its own: lists; `.kit`'s display, margin, border,
 * padding and text-align; links' colour and underline but for its offset (the button has its own); the dark
 * theme's link, border and accent colours; the print rules (the exit is not printed); the reduced-motion rule
 * (nothing in the exit moves).
 */

/** A tag for plain CSS text: the build minifies templates tagged `css` (src/build/vite-plugin-minify-templates.ts). */
export const css = String.raw;

// .kit says `direction: ltr; unicode-bidi: isolate`, and sets every inherited property that matters, in `em` from
// `medium`: a host page's `* { direction: rtl }`, `line-height: 1` or tiny `rem` must not reach the exit.
// (No comments inside css``: they are shipped to readers.)
const core = css`
  :host {
    display: block;
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  .kit {
    box-sizing: border-box;
    direction: ltr;
    unicode-bidi: isolate;
    font-family: var(--safe-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--safe-font-size, medium);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
    color: var(--safe-color-text, #0b0c0c);
    background: var(--safe-color-background, #ffffff);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :where(.kit) :where(*) {
    min-width: 0;
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 0.1875em solid transparent;
    color: #0b0c0c;
    background-color: var(--safe-color-focus, #ffdd00);
    box-shadow:
      0 -0.125em var(--safe-color-focus, #ffdd00),
      0 0.25em #0b0c0c;
    text-decoration: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** The dark theme, as src/shared/dark.styles.ts: the reader's setting unless `theme` says light or dark. */
const darkColours = css`
  color-scheme: dark;
  --safe-color-text: var(--safe-dark-color-text, #f3f2f1);
  --safe-color-background: var(--safe-dark-color-background, #121212);
`;

const dark = css`
  .kit {
    color-scheme: light;
  }
  @media screen and (prefers-color-scheme: dark) {
    :host(:not([theme='light' i])) .kit {
      ${darkColours}
    }
  }
  @media screen {
    :host([theme='dark' i]) .kit {
      ${darkColours}
    }
  }
`;

export const baseCss = core + dark;
