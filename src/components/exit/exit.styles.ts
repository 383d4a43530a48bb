import { css } from 'lit';

export const exitStyles = css`
  /* The button and its note, with no panel around them: the exit sits at the top of a page or another panel. */
  .exit {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    padding: 0;
    border: 0;
    background: transparent;
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
  @media print {
    :host {
      display: none !important;
    }
  }
`;
