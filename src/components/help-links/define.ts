import { defineElement } from '../../shared/define.ts';
import { SafeHelpLinks } from './help-links.ts';

defineElement('safe-help-links', SafeHelpLinks);

export { SafeHelpLinks };
