import { defineElement } from '../../shared/define.ts';
import { SafeChildPlan } from './child-plan.ts';

defineElement('safe-child-plan', SafeChildPlan);

export { SafeChildPlan };
