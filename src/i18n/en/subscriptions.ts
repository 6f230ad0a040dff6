import type { subscriptions as de } from '../de/subscriptions';

export const subscriptions: Record<keyof typeof de, string> = {
  kind_digest: 'weekly digest',
  kind_alerts: 'KPI alerts',
  kind_report: 'In-year report',
  kind_report_object: 'in-year report',
  kind_approvals: 'reallocation approvals',
  kind_treasury: 'treasury service (supplementary-budget early warnings)',
  treasuryOnly: 'The treasury service is set up by the treasury or the administration, for all action fields: "subscribe treasury".',
  allFields: 'all action fields',
  subscribed: 'This channel now gets the {{what}} for {{scope}}.',
  unsubscribed: 'This channel no longer gets the {{what}} for {{scope}}.',
  alreadyOn: 'This channel is already subscribed to the {{what}} for {{scope}}.',
  alreadyOff: 'This channel was not subscribed to the {{what}} for {{scope}}.',
  none: 'This channel has no subscriptions. Example: subscribe digest MOB',
  heading: 'Subscriptions of this channel',
  entry: '{{what}} · {{scope}} (since {{since}})',
  onlyInChannels: 'Subscriptions are for channels and group chats. Send the command in the channel that should get the posts.',
  allFieldsAdminOnly: 'Only administrators can subscribe to the digest of all action fields. Name a field, e.g. "subscribe digest MOB".',
  leadsOnly: 'Subscriptions for "{{field}}" are set up by the core team\'s lead or the administrators.',
  unknownField: 'There is no action field {{code}}. Possible: {{codes}}.',
  unknownFieldSuggestion: 'There is no action field {{code}}. Did you mean {{suggestion}}?',
};
