/** The settings a webmaster can give the card: the loader copies these and nothing else (see src/shared/settings.ts). */
import type { Setting } from '../../shared/settings.ts';

export const settings: Setting[] = [
  { name: 'audience', kind: 'choice', values: ['staff', 'parents'] },
  { name: 'variant', kind: 'choice', values: ['full', 'short'] },
  { name: 'dsl-name', kind: 'text', max: 100 },
  { name: 'dsl-phone', kind: 'phone' },
  { name: 'dsl-email', kind: 'email' },
  { name: 'school', kind: 'school-id' },
  { name: 'heading-level', kind: 'number', min: 1, max: 4 },
  // Follow the reader's dark setting (unset), or always light or dark (src/shared/dark.styles.ts).
  { name: 'theme', kind: 'choice', values: ['light', 'dark'] },
];
