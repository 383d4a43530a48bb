import { defineElement } from '../../shared/define.ts';
import { SafeGuides } from './guides.ts';

defineElement('safe-guides', SafeGuides);

export { SafeGuides };
