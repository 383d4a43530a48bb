import { defineElement } from '../../shared/define.ts';
import { SafeResponseCard } from './response-card.ts';

defineElement('safe-response-card', SafeResponseCard);

export { SafeResponseCard };
