/** The settings a webmaster can give the plan: the loader copies these and nothing else (see src/shared/settings.ts). */
import type { Setting } from '../../shared/settings.ts';

export const settings: Setting[] = [
  { name: 'version', kind: 'choice', values: ['younger', 'older'] },
  { name: 'heading-level', kind: 'number', min: 1, max: 5 },
  { name: 'school', kind: 'school-id' },
  { name: 'exit-href', kind: 'exit-address' },
  // Follow the reader's dark setting (unset), or always light or dark (src/shared/dark.styles.ts).
  { name: 'theme', kind: 'choice', values: ['light', 'dark'] },
];
