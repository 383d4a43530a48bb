import { defineElement } from '../../shared/define.ts';
import { SafeAlerts } from './alerts.ts';

defineElement('safe-alerts', SafeAlerts);

export { SafeAlerts };
