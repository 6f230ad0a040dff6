import type { kpis as de } from '../de/kpis';

export const kpis: Record<keyof typeof de, string> = {
  unknown: 'There is no KPI {{code}}. Type "mine" to see your team\'s KPIs that are due.',
  unknownWithSuggestion: 'There is no KPI {{code}}. Did you mean {{suggestion}}?',
  notYourTeam: 'Values for {{code}} are recorded by the core team "{{team}}". Ask the team lead to add you.',
  periodNeeds_yearly: '{{code}} is recorded yearly; "{{period}}" does not fit. Give a year, e.g. {{example}}.',
  periodNeeds_quarterly: '{{code}} is recorded quarterly; "{{period}}" does not fit. Give a quarter, e.g. {{example}}.',
  periodNeeds_monthly: '{{code}} is recorded monthly; "{{period}}" does not fit. Give a month, e.g. {{example}}.',
  periodInFuture: 'The period {{period}} has not begun yet. Values can only be recorded for current or past periods.',
  wrongUnit: '“{{unit}}” is not the unit of {{code}}: its values are recorded in {{expected}}. Please convert the value. If the word begins a note, give the period first.',
  correctionNeedsPeriod:
    '{{code}} already has {{previous}} {{unit}} for {{period}}; without a period nothing is overwritten. To correct it, give the period: “kpi {{code}} {{value}} {{period}}”.',
  belowMinimum: '{{value}} {{unit}} is not possible for {{code}}: the value may not be less than {{min}}.',
  aboveMaximum: '{{value}} {{unit}} is not possible for {{code}}: the value may not be more than {{max}}.',
  farOff: '{{value}} {{unit}} for {{code}} ({{period}}) is far off the series so far (recent median {{median}} {{unit}}); not saved yet.',
  farOffHint: 'If the value is right, save it with the button or write “!” after the value: “kpi {{code}} {{typed}}! {{period}}”.',
  confirmButton: 'Save {{value}} {{unit}}',
  busy: 'Several people are changing the value of {{code}} right now. Please try again in a moment.',
  recorded: 'Saved: {{code}} "{{name}}" {{period}} = {{value}} {{unit}}.',
  corrected: 'Corrected: {{code}} "{{name}}" {{period}} = {{value}} {{unit}} (was {{previous}} {{unit}}, recorded on {{date}}). The earlier value stays in the history.',
  unchanged: '{{code}} {{period}} already has the value {{value}} {{unit}}; nothing changed.',
  duplicate: 'This value for {{code}} had already been saved; nothing was booked twice.',
  target: 'Target {{year}}: {{target}} {{unit}} ({{direction}})',
  direction_higher_better: 'higher is better',
  direction_lower_better: 'lower is better',
  trend: 'Trend',
  trendCaption: '{{from}} to {{to}}',
};
