import { defineElement } from '../../shared/define.ts';
import { SafeGuide } from './guide.ts';

defineElement('safe-guide', SafeGuide);

export { SafeGuide };
