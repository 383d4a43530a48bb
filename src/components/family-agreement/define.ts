import { defineElement } from '../../shared/define.ts';
import { SafeFamilyAgreement } from './family-agreement.ts';

defineElement('safe-family-agreement', SafeFamilyAgreement);

export { SafeFamilyAgreement };
