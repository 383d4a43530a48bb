import { css, sheet } from '../../shared/sheet.ts';

export const childPlanStyles = sheet(css`
  .kit {
    display: flow-root;
  }
  safe-exit {
    margin: 0 0 0.75em;
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  .intro {
    margin-bottom: 1em;
    font-size: 1.125em;
  }
  .steps {
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }
  .step {
    display: flex;
    gap: 0.75em;
    margin: 0 0 0.75em;
    padding: 0.75em;
    border: 0.125em solid var(--safe-step-color, #1d4f91);
    border-radius: var(--safe-radius, 0.25em);
    break-inside: avoid;
  }
  .number {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2em;
    height: 2em;
    border-radius: 50%;
    color: #ffffff;
    background: var(--safe-step-color, #1d4f91);
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1;
  }
  .step-body {
    flex: 1;
    min-width: 0;
  }
  .step-body > p:last-child {
    margin-bottom: 0;
  }
  .step-heading {
    margin: 0 0 0.25em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .contacts,
  .actions {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .contact {
    margin: 0.75em 0 0;
    padding-top: 0.75em;
    border-top: 0.0625em solid var(--safe-color-border, #505a5f);
  }
  .contact p {
    margin-bottom: 0.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* Large tap targets for a child on a phone: at least 3em (48px at the default size), easy to hit when shaky. */
  .actions a {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    min-height: 3em;
    padding: 0.375em 1em;
    border: 0.125em solid currentColor;
    border-radius: var(--safe-radius, 0.25em);
    font-weight: 700;
  }
  .label {
    font-weight: 400;
  }
  .closing p {
    font-weight: 700;
  }
  .emergency {
    margin: 0;
  }
  /* On a phone, each link is as wide as the step: the easiest target there is. The number goes above the step's
     words, which keep the whole width (beside it, large text would leave two or three letters a line). */
  @media (max-width: 30em) {
    .step {
      flex-direction: column;
      gap: 0.25em;
    }
    .number {
      width: 1.75em;
      height: 1.75em;
      font-size: 1.25em;
    }
    .actions {
      flex-direction: column;
    }
    .actions a {
      width: 100%;
    }
  }
  /* On paper: black on white, no boxes to waste ink, each step whole on one page, web addresses written out. */
  @media print {
    .step {
      border: 0.0625em solid #000;
    }
    .number {
      color: #000;
      background: #fff;
      border: 0.125em solid #000;
    }
    .actions a {
      display: inline;
      min-height: 0;
      padding: 0;
      border: 0;
    }
    .actions a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
      overflow-wrap: anywhere;
    }
  }
`);
