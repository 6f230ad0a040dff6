import type { alerts as de } from '../de/alerts';

export const alerts: Record<keyof typeof de, string> = {
  notOpen: 'Alert {{number}} is not open; only a firing alert can be acknowledged or snoozed. "alerts" lists the open ones.',
  alreadyAcknowledged: 'Alert {{number}} has already been acknowledged.',
  snoozeDays: '{{days}} days is not possible: an alert can be snoozed for 1 to {{max}} days.',
};
