import { defineElement } from '../../shared/define.ts';
import { SafeExit } from './exit.ts';

defineElement('safe-exit', SafeExit);

export { SafeExit };
