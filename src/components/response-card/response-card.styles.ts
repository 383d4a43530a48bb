import { css, sheet } from '../../shared/sheet.ts';

/**
 * @cssproperty --safe-color-answer - Background of the Yes, No and "Show the full card" buttons. Default: #1d4f91.
 * @cssproperty --safe-color-answer-text - Their text. Default: #ffffff.
 * @cssproperty --safe-color-highlight - Background of the school's safeguarding lead's box. Default: #eef3f9.
 */
export const responseCardStyles = sheet(css`
  .title {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .short .title {
    font-size: 1.1875em;
  }
  .emergency {
    margin: 0 0 1em;
  }
  .section-title,
  .md-heading {
    margin: 1.25em 0 0.5em;
    padding-bottom: 0.25em;
    font-size: 1.125em;
    font-weight: 700;
    border-bottom: 0.125em solid var(--safe-color-accent, #1d4f91);
  }
  .dsl {
    margin: 0 0 1em;
    padding: 0.5em 0.75em;
    border-inline-start: 0.3125em solid var(--safe-color-accent, #1d4f91);
    background: var(--safe-color-highlight, #eef3f9);
  }
  .dsl-title {
    margin: 0;
    font-weight: 700;
  }
  .key-points li {
    margin-bottom: 0.25em;
  }
  .contacts,
  .contact-links {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .contact {
    margin: 0 0 0.75em;
  }
  .contact-name {
    display: block;
    font-weight: 700;
  }
  .contact-summary {
    display: block;
  }
  .contact-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  /* Tap targets of at least 2.75em (44px at the default size) for readers on phones. */
  .contact-links li,
  .contact-links a {
    max-width: 100%;
  }
  .contact-links a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    font-weight: 700;
  }
  .actions,
  .answers,
  .flow-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0 0 1em;
  }
  button {
    min-height: 2.75em;
    min-width: 5em;
    margin: 0;
    padding: 0.5em 1em;
    font: inherit;
    font-weight: 700;
    color: var(--safe-color-answer-text, #ffffff);
    background: var(--safe-color-answer, #1d4f91);
    border: 0.125em solid var(--safe-color-answer, #1d4f91);
    border-radius: var(--safe-radius, 0.25em);
    cursor: pointer;
  }
  button.secondary {
    color: var(--safe-color-link, #1d4f91);
    background: var(--safe-color-background, #ffffff);
    border-color: currentColor;
  }
  button:hover {
    text-decoration: underline;
  }
  button:focus-visible {
    border-color: #0b0c0c;
  }
  .flow {
    margin: 0 0 1.25em;
  }
  .answered {
    margin-bottom: 1em;
    color: var(--safe-color-text, #0b0c0c);
  }
  .step {
    margin: 0 0 1em;
    padding: 0.75em 1em;
    border: 0.125em solid var(--safe-color-accent, #1d4f91);
    border-radius: var(--safe-radius, 0.25em);
  }
  .step-heading {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    font-weight: 700;
  }
  .step-number {
    display: block;
    font-size: 0.889em;
    font-weight: 400;
  }
  .outcome.urgent {
    border-color: var(--safe-color-emergency, #a4101d);
    border-inline-start-width: 0.5em;
  }
  .contacts-title {
    margin: 0.75em 0 0.25em;
    font-weight: 700;
  }
  .source {
    margin: 1em 0 0;
    font-size: 0.875em;
  }
  [hidden] {
    display: none !important;
  }

  /* One A4 page: the card as a reference sheet; the questions and buttons are for the screen only. */
  @media print {
    .kit {
      font-size: 9.5pt;
      line-height: 1.3;
    }
    .title {
      font-size: 1.5em;
    }
    p,
    ul,
    ol,
    .contact {
      margin-bottom: 0.4em;
    }
    .section-title,
    .md-heading {
      margin: 0.75em 0 0.4em;
    }
    .emergency,
    .dsl {
      margin-bottom: 0.75em;
      padding: 0.25em 0.75em;
    }
    .emergency {
      color: #000;
      background: #fff;
      border: 0.125em solid #000;
    }
    /* 101 on the same line as 999: one line saved keeps the staff card on one page. */
    .emergency-more {
      display: inline;
      margin-inline-start: 0.5em;
    }
    .actions,
    .flow,
    .key-points {
      display: none !important;
    }
    .full,
    .full[hidden] {
      display: block !important;
    }
    .dsl {
      background: #fff;
      border-color: #000;
    }
    .advice {
      columns: 2;
      column-gap: 2em;
    }
    .advice > * {
      break-inside: avoid;
    }
    .advice .md-heading {
      margin-top: 0.5em;
      break-after: avoid;
    }
    .advice > :first-child {
      margin-top: 0;
    }
    .section-title,
    .md-heading {
      border-color: #000;
    }
    .contacts {
      columns: 2;
      column-gap: 2em;
    }
    .contact {
      break-inside: avoid;
    }
    .contact-links a {
      display: inline;
      min-height: 0;
    }
    .contact-links a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
      word-break: break-all;
    }
  }
`);
