/** The settings a webmaster can give the agreement: the loader copies these and nothing else (see src/shared/settings.ts). */
import type { Setting } from '../../shared/settings.ts';

export const settings: Setting[] = [
  { name: 'age', kind: 'choice', values: ['under-8', '8-11', '12-15', '16-plus'] },
  { name: 'device', kind: 'choice', values: ['phone', 'tablet', 'console'] },
  { name: 'heading-level', kind: 'number', min: 1, max: 5 },
  { name: 'today', kind: 'date' },
  // Follow the reader's dark setting (unset), or always light or dark (src/shared/dark.styles.ts).
  { name: 'theme', kind: 'choice', values: ['light', 'dark'] },
];
