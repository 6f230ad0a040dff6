import type { help as de } from '../de/help';

export const help: Record<keyof typeof de, string> = {
  describeHelp: 'Shows all commands, or help on one command.',
  describeMine: 'Shows your measures and the KPIs with a value due.',
  describeShowMeasure: 'Shows a measure with its progress, status and latest entries.',
  describeLogProgress: 'Records the progress of a measure in percent, optionally with a status and a note.',
  describeRecordKpiValue: 'Records a KPI value, optionally for a period and with a note. Without a period, the latest due one is meant.',
  describeSubscribe: 'Subscribes this channel to the weekly digest (digest), the KPI alerts (alerts) or the in-year report (report) of one action field or of all; only the field\'s core-team leads and administrators.',
  describeUnsubscribe: 'Ends a subscription of this channel.',
  describeListSubscriptions: 'Lists the subscriptions of this channel.',
  describeListAlerts: 'Shows the open KPI alerts of your teams and of the action fields you manage, with their numbers.',
  describeAcknowledgeAlert: 'Acknowledges an alert: it is not repeated any more. Team leads and managers of the action field.',
  describeSnoozeAlert: 'Lets an alert rest for some days (1 to 90; the municipality may set fewer).',
  describeShowReport: 'Shows the in-year report (budget execution, measures, KPIs, alerts, decisions) for your action fields or a named one, without a period for the latest one ended.',
};
