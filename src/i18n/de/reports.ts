export const reports = {
  chartActual: 'Ist',
  chartPath: 'Zielpfad',
  chartWarning: 'Warnschwelle',
  chartCritical: 'kritische Schwelle',
  chartBudgetTitle: 'Mittelabfluss je Handlungsfeld (Ist + gebunden)',
  chartYearShare: 'Zeitanteil {{percent}}',
};
