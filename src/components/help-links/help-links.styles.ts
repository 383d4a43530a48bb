import { css, sheet } from '../../shared/sheet.ts';

export const helpLinksStyles = sheet(css`
  .kit {
    display: flow-root;
  }
  safe-exit {
    margin: 0 0 0.75em;
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .intro {
    margin-bottom: 1em;
  }
  .emergency {
    margin: 0 0 1em;
  }
  .group-title {
    margin: 1.25em 0 0.5em;
    padding-bottom: 0.25em;
    font-size: 1.125em;
    font-weight: 700;
    border-bottom: 0.125em solid var(--safe-color-accent, #1d4f91);
  }
  /* The panel's lists are lists of boxes, without bullets (role="list" keeps them lists to a screen reader). */
  .services,
  .contact,
  .topics,
  .topic-services {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .service {
    margin: 0 0 1em;
    padding: 0 0 1em;
    border-bottom: 0.0625em solid var(--safe-color-border, #505a5f);
  }
  .service:last-child {
    border-bottom: 0;
    padding-bottom: 0;
  }
  .name {
    margin: 0 0 0.25em;
    font-size: 1em;
    font-weight: 700;
  }
  .service p {
    margin-bottom: 0.5em;
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  /* Large tap targets for readers on phones: at least 2.75em (44px at the default size). */
  .contact li {
    max-width: 100%;
  }
  .contact a {
    display: inline-block;
    max-width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    /* Long e-mail addresses wrap rather than push the panel wider than a phone at 200% text. */
    overflow-wrap: anywhere;
    border: 0.125em solid currentColor;
    border-radius: var(--safe-radius, 0.25em);
    font-weight: 700;
  }
  .contact .label {
    display: inline-block;
    padding: 0.5em 0;
  }
  /* "What is it about?": each worry a large button that opens to its services. */
  .topics {
    margin-bottom: 1em;
  }
  .topics > li {
    margin: 0 0 0.5em;
  }
  summary {
    display: list-item;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    font-weight: 700;
    color: var(--safe-color-link, #1d4f91);
    border: 0.125em solid currentColor;
    border-radius: var(--safe-radius, 0.25em);
    cursor: pointer;
  }
  summary:focus-visible {
    outline: 0.1875em solid transparent;
    color: #0b0c0c;
    background-color: var(--safe-color-focus, #ffdd00);
    box-shadow: 0 0.25em #0b0c0c;
  }
  .topic-body {
    padding: 0.75em;
    border: 0.125em solid var(--safe-color-link, #1d4f91);
    border-top: 0;
  }
  .topic-service {
    margin: 0 0 0.75em;
  }
  .essential ul {
    margin-bottom: 0;
  }
  @media print {
    /* Everything on paper: every topic and the full list, open. */
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    summary,
    .topic-body {
      border: 0;
      padding: 0;
      min-height: 0;
    }
    .contact a {
      border: 0;
      padding: 0;
      min-height: 0;
    }
    .contact a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
  }
  /* The children's plain exit link, until the quick exit's code has drawn it (or if it cannot): a 44 px target too. */
  safe-exit > a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
  }
`);
