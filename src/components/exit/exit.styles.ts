import { css } from 'lit';

export const exitStyles = css`
  /*
   * Stays in view while the reader scrolls, as GOV.UK's does: sticky at the top of whatever holds it (the whole of
   * the child's plan, or the host page's section). Its own background, so the note is readable on any host's colours
   * and nothing scrolling under it shows through.
   */
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
  /* The lights show only once Shift has been pressed: how many of the three presses are counted so far. */
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
  /* Say the shortcut the reader's device has: Shift on a keyboard, three taps on a touch screen. */
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
  /* On a phone: a bar as wide as the screen, the easiest thing on it to hit. */
  @media (max-width: 30em) {
    .exit {
      align-items: stretch;
      text-align: start;
    }
    .button {
      min-height: 3em;
    }
  }
  /* Covers everything at once (it is in the browser's top layer, above the whole page), until the page is gone. */
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
