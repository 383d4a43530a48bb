/**
 * The quick exit's own look, as plain CSS text after its copy of the kit's base (./base.styles.ts), in one
 * constructed style sheet that every exit on the page shares, adopted by its shadow root as the kit's other
 * styles are (src/shared/sheet.ts), so a strict CSP allows it.
 *
 * It stays in view while the reader scrolls, as GOV.UK's does: sticky at the top of whatever holds it (the whole of
 * the child's plan, or the host page's section). Its own background, so the note is readable on any host's colours
 * and nothing scrolling under it shows through. On a touch screen the note says the taps, not Shift; on a phone the
 * button is a bar as wide as the screen, the easiest thing on it to hit. The cover is in the browser's top layer,
 * above the whole page, until the page is gone.
 * (No comments inside css``: the build's minifier keeps a comment that holds a quote mark.)
 */
import { baseCss, css } from './base.styles.ts';

const exitCss = css`
  :host {
    position: sticky;
    top: 0;
    z-index: 10;
  }
  .exit {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    padding: 0.25em 0 0.375em;
    border: 0;
    border-radius: 0;
    text-align: end;
  }
  .button {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1em;
    color: var(--safe-exit-text-color, #ffffff);
    background: var(--safe-exit-color, #a4101d);
    border-radius: var(--safe-radius, 0.25em);
    box-shadow: 0 0.125em 0 #0b0c0c;
    font-size: 1.125em;
    font-weight: 700;
    text-decoration: none;
  }
  .button:hover {
    text-decoration: underline;
    text-decoration-thickness: max(3px, 0.1875em);
  }
  .button:focus-visible .light {
    border-color: #0b0c0c;
  }
  .lights {
    display: inline-flex;
    gap: 0.25em;
  }
  .light {
    display: none;
    width: 0.625em;
    height: 0.625em;
    border: 0.125em solid currentColor;
    border-radius: 50%;
  }
  .lights.counting .light {
    display: inline-block;
  }
  .light.on {
    background: currentColor;
  }
  .note {
    margin: 0.375em 0 0;
    font-size: 0.875em;
  }
  .taps {
    display: none;
  }
  @media (hover: none) and (pointer: coarse) {
    .keys {
      display: none;
    }
    .taps {
      display: inline;
    }
  }
  @media (max-width: 30em) {
    .exit {
      align-items: stretch;
      text-align: start;
    }
    .button {
      min-height: 3em;
    }
  }
  .cover {
    position: fixed;
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 2em;
    border: 0;
    color: #0b0c0c;
    background: #ffffff;
    font-size: 1.25em;
  }
  .cover[open] {
    display: flex;
    align-items: center;
    justify-content: center;
  }
  .cover::backdrop {
    background: #ffffff;
  }
  .stranded {
    max-width: 30em;
  }
  .stranded p {
    margin: 0 0 1em;
    font-weight: 700;
  }
  .stranded button {
    min-height: 2.75em;
    padding: 0.5em 1em;
    font: inherit;
    font-size: 0.8em;
    color: #0b0c0c;
    background: #ffffff;
    border: 0.125em solid #0b0c0c;
    border-radius: var(--safe-radius, 0.25em);
    cursor: pointer;
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;

let sheet: CSSStyleSheet | undefined;

/** The one style sheet every quick exit on the page adopts, made when the first one is drawn. */
export function exitStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(baseCss + exitCss);
  }
  return sheet;
}
