/** The settings a webmaster can give the panel: the loader copies these and nothing else (see src/shared/settings.ts). */
import type { Setting } from '../../shared/settings.ts';

export const settings: Setting[] = [
  { name: 'audience', kind: 'choice', values: ['parents', 'children', 'staff'] },
  { name: 'heading-level', kind: 'number', min: 1, max: 5 },
  { name: 'school', kind: 'school-id' },
];
