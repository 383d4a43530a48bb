/**
 * The dark theme every component shares: it follows the reader's own setting (`prefers-color-scheme: dark`) unless
 * the webmaster sets `theme="light"` on the element, and `theme="dark"` asks for it always. On screen only: paper
 * is printed black on white.
 *
 * In the dark theme the components read `--safe-dark-*` instead of the `--safe-color-*` of the light theme, so a
 * host with a dark theme of its own sets its colours there. The defaults keep 4.5:1 for text and links.
 *
 * @cssproperty --safe-dark-color-text - Text colour in the dark theme. Default: #f3f2f1.
 * @cssproperty --safe-dark-color-background - Background in the dark theme. Default: #121212.
 * @cssproperty --safe-dark-color-link - Links in the dark theme (keep 4.5:1). Default: #9cc2f7.
 * @cssproperty --safe-dark-color-border - Borders and rules in the dark theme. Default: #b1b4b6.
 * @cssproperty --safe-dark-color-accent - Heading rules and highlights in the dark theme. Default: #9cc2f7.
 * @cssproperty --safe-dark-color-hint - Hints under form fields in the dark theme. Default: #c4c8ca.
 * @cssproperty --safe-dark-color-highlight - Background of highlighted boxes (the school's lead) in the dark theme. Default: #1f2f45.
 */
import { css } from './sheet.ts';

/** The dark colours, once: for the reader's dark setting and for theme="dark" alike. */
const darkColours = css`
  color-scheme: dark;
  --safe-color-text: var(--safe-dark-color-text, #f3f2f1);
  --safe-color-background: var(--safe-dark-color-background, #121212);
  --safe-color-link: var(--safe-dark-color-link, #9cc2f7);
  --safe-color-border: var(--safe-dark-color-border, #b1b4b6);
  --safe-color-accent: var(--safe-dark-color-accent, #9cc2f7);
  --safe-color-highlight: var(--safe-dark-color-highlight, #1f2f45);
  --safe-color-hint: var(--safe-dark-color-hint, #c4c8ca);
`;

export const darkCss = css`
  .kit {
    color-scheme: light;
  }
  @media screen and (prefers-color-scheme: dark) {
    :host(:not([theme='light' i])) .kit {
      ${darkColours}
    }
  }
  @media screen {
    :host([theme='dark' i]) .kit {
      ${darkColours}
    }
  }
`;
