import { css, sheet } from '../../shared/sheet.ts';

/** The list's own look, after one guide's (../guide/draw-guide.styles.ts). */
export const guidesStyles = sheet(css`
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    margin: 0 0 0.75em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    max-width: 100%;
  }
  .field-query {
    flex: 1 1 16em;
  }
  label {
    font-weight: 700;
  }
  input,
  select {
    min-height: 2.75em;
    padding: 0.25em 0.5em;
    font: inherit;
    color: inherit;
    background: var(--safe-color-background, #ffffff);
    border: 0.125em solid var(--safe-color-text, #0b0c0c);
    border-radius: 0;
    max-width: 100%;
  }
  input:focus-visible,
  select:focus-visible {
    outline: 0.1875em solid var(--safe-color-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: inset 0 0 0 0.125em #0b0c0c;
  }
  .count {
    font-weight: 700;
  }
  .notice {
    padding: 0.5em 0.75em;
    border-inline-start: 0.375em solid var(--safe-color-accent, #1d4f91);
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(15em, 100%), 1fr));
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: 0.75em 1em;
    border: 0.0625em solid var(--safe-color-border, #505a5f);
    border-radius: var(--safe-radius, 0.25em);
  }
  .card-title {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    font-weight: 700;
  }
  /* The whole name is a large tap target. */
  .card-title a {
    display: inline-block;
    min-height: 2.75em;
    padding: 0.5em 0;
  }
  .card .guide-meta {
    font-size: 0.875em;
  }
  .card-summary {
    margin: 0;
  }
  .back,
  .more {
    min-height: 2.75em;
    margin: 0 0 1em;
    padding: 0.25em 0.75em;
    font: inherit;
    font-weight: 700;
    color: var(--safe-color-link, #1d4f91);
    background: transparent;
    border: 0.125em solid currentColor;
    border-radius: var(--safe-radius, 0.25em);
    cursor: pointer;
  }
  .more {
    margin: 1em 0 0;
  }
  .back::before {
    content: '← ' / '';
  }
  @media print {
    /* One guide prints on its own: no index, no search, no buttons. */
    .open ~ .index,
    .index[hidden],
    .back,
    .more,
    .search {
      display: none !important;
    }
    .card {
      break-inside: avoid;
    }
  }
`);
