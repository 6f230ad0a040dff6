import type { digest as de } from '../de/digest';

export const digest: Record<keyof typeof de, string> = {
  title: 'Weekly digest {{from}} – {{to}}',
  part: '{{title}} · {{field}}',
  nothing: '{{title}}: nothing to report this week.',
  field: '{{code}} · {{name}}',
  progressHeading: 'Progress this week',
  progressEntry: '{{code}} {{title}}: {{from}} % → {{to}} % ({{status}}), {{author}}, {{date}}',
  kpiHeading: 'New KPI values',
  kpiEntry: '{{code}} {{name}} {{period}}: {{value}} {{unit}}',
  dueHeading: 'KPI values due',
  kpiDue: '{{code}} {{name}}: value for {{period}} due',
  kpiOverdue: '{{code}} {{name}}: value for {{period}} overdue',
  staleHeading: 'No update for 14 days or more',
  staleEntry: '{{code}} {{title}} ({{days}} days)',
  neverEntry: '{{code}} {{title}} (never updated)',
};
