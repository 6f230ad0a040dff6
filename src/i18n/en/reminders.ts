import type { reminders as de } from '../de/reminders';

export const reminders: Record<keyof typeof de, string> = {
  title: 'Reminder: what is due this week',
  summary: 'Reminder: {{count}} measure(s) or KPI(s) wait for an update.',
  measure: '{{code}} "{{title}}": last updated on {{date}}.',
  measureNever: '{{code}} "{{title}}": no progress reported yet.',
  kpi: '{{code}} "{{name}}": the value for {{period}} is overdue.',
  progressButton: 'Report progress',
  more: '… and {{count}} more; "mine" lists them all.',
  pauseHint: 'No more reminders (e.g. on leave): "reminders off"; back on with "reminders on".',
  paused: 'Reminders are paused: no reminder on Mondays any more. Back on with "reminders on".',
  resumed: 'Reminders are on: on Mondays at 9:00 the bot reminds you of measures without an update for 7 days and of overdue KPI values.',
  statePaused: 'Your reminders have been paused since {{date}}. Back on with "reminders on".',
  stateOn: 'Your reminders are on (Mondays at 9:00). Pause them with "reminders off".',
};
