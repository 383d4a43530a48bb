/**
 * The settings a webmaster can give the quick exit: the loader copies these and nothing else (see
 * src/shared/settings.ts). Its address is `exit-href`, never `href`: the loader sets no `href` on any element, so a
 * placeholder's older `data-href` is checked as an exit address and set as `exit-href`.
 */
import type { Setting } from '../../shared/settings.ts';

export const settings: Setting[] = [
  { name: 'exit-href', kind: 'exit-address', formerly: 'href' },
  // 0 or less would switch the Shift exit off: refused, so the default is used.
  { name: 'shift-window', kind: 'number', min: 1, max: 600000 },
  // Follow the reader's dark setting (unset), or always light or dark (src/shared/dark.styles.ts).
  { name: 'theme', kind: 'choice', values: ['light', 'dark'] },
];
