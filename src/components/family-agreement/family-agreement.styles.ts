import { css, sheet } from '../../shared/sheet.ts';

export const familyAgreementStyles = sheet(css`
  .title {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .intro {
    margin-bottom: 1.25em;
  }
  .hint {
    margin: 0 0 0.5em;
    color: var(--safe-color-hint, #505a5f);
  }
  fieldset {
    min-width: 0;
    margin: 0 0 1.5em;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5em;
    font-size: 1.125em;
    font-weight: 700;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  .options legend,
  .options .hint {
    flex: 0 0 100%;
  }
  .side {
    margin: 0 0 1.5em;
  }
  .side-title {
    margin: 1.5em 0 0.75em;
    padding-bottom: 0.25em;
    font-size: 1.25em;
    font-weight: 700;
    border-bottom: 0.125em solid var(--safe-color-accent, #1d4f91);
  }
  /* Large tap targets: the whole line is the label, at least 2.75em (44px) tall. */
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    min-height: 2.75em;
    padding: 0.5em 0;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--safe-color-accent, #1d4f91);
    cursor: pointer;
  }
  .contact {
    margin: 0.25em 0 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--safe-color-accent, #1d4f91);
  }
  .contact a {
    display: inline-block;
    padding: 0.25em 0;
    font-weight: 700;
  }
  .field {
    margin: 0 0 1em;
  }
  .field label {
    display: block;
    margin-bottom: 0.25em;
    font-weight: 700;
  }
  input[type='text'],
  input[type='date'],
  textarea {
    display: block;
    width: 100%;
    max-width: 30em;
    min-height: 2.75em;
    padding: 0.375em 0.5em;
    font: inherit;
    color: inherit;
    background: var(--safe-color-background, #ffffff);
    border: 0.125em solid var(--safe-color-text, #0b0c0c);
    border-radius: 0;
  }
  input[type='date'] {
    width: auto;
    max-width: 100%;
  }
  input[type='text']:focus-visible,
  input[type='date']:focus-visible,
  textarea:focus-visible {
    outline: 0.1875em solid var(--safe-color-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: inset 0 0 0 0.125em #0b0c0c;
  }
  .choice input:focus-visible {
    outline: 0.1875em solid #0b0c0c;
    outline-offset: 0.125em;
    box-shadow: 0 0 0 0.5em var(--safe-color-focus, #ffdd00);
  }
  .actions {
    padding-top: 1em;
    border-top: 0.0625em solid var(--safe-color-border, #505a5f);
  }
  .count {
    font-weight: 700;
  }
  button {
    min-height: 2.75em;
    padding: 0.5em 1em;
    margin-bottom: 0.5em;
    font: inherit;
    font-weight: 700;
    color: #ffffff;
    background: var(--safe-color-button, #00703c);
    border: 0;
    border-radius: var(--safe-radius, 0.25em);
    box-shadow: 0 0.125em 0 #002d18;
    cursor: pointer;
  }
  .printout {
    display: none;
  }
  @media print {
    .title,
    .form,
    .essential {
      display: none !important;
    }
    .printout {
      display: block;
      font-size: 0.875em;
      line-height: 1.35;
      color: #000;
    }
    .print-title {
      margin: 0 0 0.25em;
      font-size: 1.75em;
      font-weight: 700;
    }
    .print-heading {
      margin: 1em 0 0.25em;
      font-size: 1.15em;
      font-weight: 700;
      border-bottom: 0.0625em solid #000;
    }
    .print-list,
    .print-contacts {
      margin: 0 0 0.5em;
    }
    .print-list li,
    .print-contacts li {
      margin-bottom: 0.15em;
      break-inside: avoid;
    }
    .print-help {
      margin: 0.5em 0 0.15em;
      font-weight: 700;
    }
    .signatures {
      display: flex;
      flex-wrap: wrap;
      gap: 1.5em 2em;
      margin-top: 2em;
      break-inside: avoid;
    }
    .signature {
      display: flex;
      flex-direction: column;
      flex: 1 1 14em;
    }
    .sign-line,
    .date-line {
      display: block;
      height: 2.5em;
      border-bottom: 0.0625em solid #000;
    }
    .date-line {
      display: inline-block;
      width: 12em;
      height: 1.25em;
    }
    .print-date {
      margin-top: 1em;
    }
    /* The signatures stay with the last promises they sign for: never alone at the top of a page. */
    .print-end {
      break-inside: avoid;
    }
    .print-empty {
      margin: 1em 0;
      padding: 0.5em 0.75em;
      font-weight: 700;
      border: 0.125em solid #000;
    }
  }
`);
