import type { reports as de } from '../de/reports';

export const reports: Record<keyof typeof de, string> = {
  chartActual: 'Actual',
  chartPath: 'Target path',
  chartWarning: 'Warning threshold',
  chartCritical: 'Critical threshold',
  chartBudgetTitle: 'Budget execution per action field (spent + committed)',
  chartYearShare: 'Year elapsed {{percent}}',
};
