import { css, sheet } from '../../shared/sheet.ts';

/** The look of one guide, in <safe-guide> and inside <safe-guides>. */
export const guideStyles = sheet(css`
  .emergency {
    margin: 0 0 1em;
  }
  .title,
  .guide-title {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .guide-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .badge {
    display: inline-block;
    padding: 0.125em 0.5em;
    border: 0.125em solid var(--safe-color-accent, #1d4f91);
    border-radius: var(--safe-radius, 0.25em);
    font-weight: 700;
    white-space: nowrap;
  }
  /* Longer badges wrap on a narrow phone rather than overflow. */
  .made-for,
  .rating {
    white-space: normal;
  }
  /* A child younger than the minimum age: marked beside the guide, in words, never by colour alone. */
  .under-age {
    margin: 0.5em 0;
    padding: 0.25em 0.75em;
    border-inline-start: 0.375em solid var(--safe-color-accent, #1d4f91);
  }
  .card-checked {
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  /* A phone with large text: "No minimum age given" may not fit on one line. */
  @media (max-width: 30em) {
    .badge {
      white-space: normal;
    }
  }
  .section-title,
  .md-heading {
    margin: 1.25em 0 0.5em;
    padding-bottom: 0.25em;
    font-size: 1.125em;
    font-weight: 700;
    border-bottom: 0.125em solid var(--safe-color-accent, #1d4f91);
  }
  .steps ol {
    padding-inline-start: 1.75em;
  }
  .steps ol > li {
    margin-bottom: 0.5em;
    padding-inline-start: 0.25em;
  }
  .steps ol > li::marker {
    font-weight: 700;
  }
  .after-updates {
    margin: 1.25em 0 0;
    padding: 0 1em 0.25em;
    border-inline-start: 0.375em solid var(--safe-color-accent, #1d4f91);
  }
  .after-updates .section-title {
    border-bottom: 0;
    padding-top: 0.5em;
  }
  .provenance {
    margin: 1em 0 0;
    font-size: 0.875em;
  }
  @media print {
    .guide-title {
      font-size: 1.5em;
    }
    .steps ol {
      list-style: decimal;
    }
    .steps ol > li,
    .after-updates {
      break-inside: avoid;
    }
    .badge {
      border-color: #000;
    }
    .provenance a::after {
      content: ' (' attr(href) ')';
    }
  }
`);
