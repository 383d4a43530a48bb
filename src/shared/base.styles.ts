/**
 * Styles every component starts from.
 *
 * The host page's CSS cannot reach inside the shadow root, but it can set inherited properties on the host
 * element (`* { line-height: 1 }`, `body { color: white }`) and its `rem` may be tiny (`html { font-size: 62.5% }`).
 * So the component's own root (`.kit`) sets every inherited property that matters, and sizes are in `em` from a
 * font size of `medium`: the reader's own browser setting, whatever the host page did.
 *
 * @cssproperty --safe-font-family - Text font. Default: the system font.
 * @cssproperty --safe-font-size - Base text size; everything scales from it. Default: the reader's browser setting.
 * @cssproperty --safe-color-text - Text colour. Default: #0b0c0c.
 * @cssproperty --safe-color-background - Background colour. Default: #ffffff.
 * @cssproperty --safe-color-link - Link colour (keep 4.5:1 against the background). Default: #1d4f91.
 * @cssproperty --safe-color-border - Borders and rules. Default: #505a5f.
 * @cssproperty --safe-color-accent - Headings' rule and highlights. Default: #1d4f91.
 * @cssproperty --safe-color-emergency - Background of the "immediate danger" line. Default: #a4101d.
 * @cssproperty --safe-color-emergency-text - Text on it. Default: #ffffff.
 * @cssproperty --safe-color-focus - Keyboard focus highlight. Default: #ffdd00.
 * @cssproperty --safe-radius - Corner rounding. Default: 0.25em.
 *
 * The `theme` attribute (`light`, `dark`, or unset to follow the reader) and the dark theme's `--safe-dark-*`
 * properties are in ./dark.styles.ts.
 */
import { css, sheet } from './sheet.ts';
import { darkCss } from './dark.styles.ts';

// .kit says `direction: ltr; unicode-bidi: isolate`: the kit's text is English, so a host page's `direction: rtl`
// (inherited, or set on the element itself by `* { direction: rtl }`, which :host could not beat) must not flip it.
// (No comments inside css``: they are shipped to readers.)

const coreCss = css`
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
    display: block;
    margin: 0;
    padding: 1em;
    font-family: var(--safe-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--safe-font-size, medium);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    /* A long word or address wraps rather than widen a phone's page, and lets flex and grid items shrink to fit. */
    overflow-wrap: anywhere;
    color: var(--safe-color-text, #0b0c0c);
    background: var(--safe-color-background, #ffffff);
    border: 0.0625em solid var(--safe-color-border, #505a5f);
    border-radius: var(--safe-radius, 0.25em);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Flex and grid items may shrink below their longest word (which then wraps): nothing sticks out at 200% text.
     Without specificity, so a component's own min-width still wins. */
  :where(.kit) :where(*) {
    min-width: 0;
  }
  /* A phone with large text has few characters a line: the panel's own padding gives them back. */
  @media (max-width: 30em) {
    .kit {
      padding: 0.625em;
    }
  }
  p,
  ul,
  ol {
    margin: 0 0 0.75em;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--safe-color-link, #1d4f91);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: max(3px, 0.1875em);
  }
  a:focus-visible,
  button:focus-visible,
  /* Where a component moves focus itself (an opened guide's heading, the next question): the same look. */
  [tabindex='-1']:focus {
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
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    .kit {
      border: 0;
      padding: 0;
      color: #000;
      background: #fff;
    }
    a {
      color: #000;
    }
  }
`;

/** The base, then the dark theme (src/shared/dark.styles.ts), which follows the reader unless told otherwise. */
export const baseStyles = sheet(coreCss, darkCss);
