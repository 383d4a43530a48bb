/** The settings a webmaster can give a guide: the loader copies these and nothing else (see src/shared/settings.ts). */
import type { Setting } from '../../shared/settings.ts';

export const settings: Setting[] = [
  { name: 'guide', kind: 'guide-id' },
  { name: 'heading-level', kind: 'number', min: 1, max: 5 },
  // Follow the reader's dark setting (unset), or always light or dark (src/shared/dark.styles.ts).
  { name: 'theme', kind: 'choice', values: ['light', 'dark'] },
];
