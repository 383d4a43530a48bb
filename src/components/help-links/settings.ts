/** The settings a webmaster can give the panel: the loader copies these and nothing else (see src/shared/settings.ts). */
import type { Setting } from '../../shared/settings.ts';

export const settings: Setting[] = [
  { name: 'audience', kind: 'choice', values: ['parents', 'children', 'staff'] },
  { name: 'heading-level', kind: 'number', min: 1, max: 5 },
  // For children: where the panel's quick exit goes (checked as the exit checks it).
  { name: 'exit-href', kind: 'exit-address' },
  // Follow the reader's dark setting (unset), or always light or dark (src/shared/dark.styles.ts).
  { name: 'theme', kind: 'choice', values: ['light', 'dark'] },
  { name: 'school', kind: 'school-id' },
];
