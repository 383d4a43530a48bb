import { css, sheet } from './sheet.ts';

/** The "In immediate danger, call 999" line of src/shared/essential-help.ts, the same in every component. */
export const emergencyStyles = sheet(css`
  .emergency {
    padding: 0.75em 1em;
    color: var(--safe-color-emergency-text, #ffffff);
    background: var(--safe-color-emergency, #a4101d);
    border-radius: var(--safe-radius, 0.25em);
    font-size: 1.125em;
  }
  /* 999 and 101 are the most important things to tap: as large a target as every other (44 px at least). */
  .emergency a {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.75em;
    min-height: 2.75em;
    vertical-align: middle;
    color: inherit;
    font-weight: 700;
  }
  .emergency-more {
    display: block;
    font-size: 0.889em;
  }
  @media print {
    /* On paper there is nothing to tap: the number in its line, taking no more room than the words. */
    .emergency a {
      display: inline;
      min-width: 0;
      min-height: 0;
    }
    .emergency {
      color: #000;
      background: #fff;
      border: 0.125em solid #000;
    }
  }
`);
