import { css, sheet } from '../../shared/sheet.ts';

export const alertsStyles = sheet(css`
  .title {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .status:empty {
    display: none;
  }
  .alerts {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* The level's colour is a bar down the side; its name is always written too. */
  .alert {
    --level: var(--safe-alert-information, #505a5f);
    margin: 0 0 1em;
    padding: 0 0 0 0.75em;
    border-inline-start: 0.3125em solid var(--level);
  }
  .alert.advice {
    --level: var(--safe-alert-advice, #1d4f91);
  }
  .alert.warning {
    --level: var(--safe-alert-warning, #a4101d);
  }
  .alert:last-child {
    margin-bottom: 0;
  }
  .alert-title {
    margin: 0 0 0.25em;
    font-size: 1.125em;
    font-weight: 700;
  }
  /* The whole title is the button: a large tap target, with an arrow that turns when the alert is open. */
  .alert-title button {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
    width: 100%;
    min-height: 2.75em;
    margin: 0;
    padding: 0.25em 0.25em 0.25em 1.25em;
    position: relative;
    font: inherit;
    text-align: start;
    color: var(--safe-color-link, #1d4f91);
    background: transparent;
    border: 0;
    cursor: pointer;
  }
  .alert-title button::before {
    content: '';
    position: absolute;
    left: 0.25em;
    top: 0.7em;
    border-style: solid;
    border-width: 0.35em 0 0.35em 0.5em;
    border-color: transparent transparent transparent currentColor;
    transition: transform 0.15s ease-out;
  }
  .alert-title button[aria-expanded='true']::before {
    transform: rotate(90deg);
  }
  /* The kit's focus style (base.styles.ts), which the transparent background above would otherwise hide. */
  .alert-title button:focus-visible {
    color: #0b0c0c;
    background-color: var(--safe-color-focus, #ffdd00);
  }
  .alert-title button:hover .name {
    text-decoration: underline;
    text-decoration-thickness: max(2px, 0.125em);
  }
  .level {
    display: inline-block;
    padding: 0 0.4em;
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.02em;
    color: #ffffff;
    background: var(--level);
    border-radius: var(--safe-radius, 0.25em);
  }
  .alert-title button:focus-visible .level {
    color: #0b0c0c;
    background: transparent;
    outline: 0.125em solid currentColor;
  }
  .meta {
    margin: 0 0 0.25em;
    font-size: 0.889em;
  }
  .summary {
    margin-bottom: 0.5em;
  }
  .body {
    padding: 0.5em 0 0;
  }
  .body .md-heading {
    margin: 0.75em 0 0.25em;
    font-weight: 700;
  }
  .source {
    font-size: 0.889em;
  }
  @media print {
    .alert {
      break-inside: avoid;
      border-inline-start: 0.1875em solid #000;
    }
    .alert-title button {
      padding-left: 0;
      color: #000;
    }
    .alert-title button::before {
      display: none;
    }
    .level {
      color: #000;
      background: #fff;
      border: 0.0625em solid #000;
    }
    /* On paper every alert is open: a printed briefing has the full text. */
    .body[hidden] {
      display: block;
    }
    .source a::after {
      content: ' (' attr(href) ')';
    }
  }
`);
