import type { forms as de } from '../de/forms';

export const forms: Record<keyof typeof de, string> = {
  progressTitle: 'Log progress',
  kpiTitle: 'Record a KPI value',
  save: 'Save',
  measure: 'Measure',
  percent: 'Progress in %',
  percentHint: 'whole number from 0 to 100',
  status: 'Status',
  note: 'Note',
  noteHint: 'optional, at most 1,000 characters',
  kpi: 'KPI',
  value: 'Value',
  valueHint: 'e.g. 412.5 or 412,5',
  period: 'Period',
  periodHint: 'empty = latest due; e.g. 2025, 2026-Q3, 09/2026',
  required_measure: 'Please choose a measure.',
  required_kpi: 'Please choose a KPI.',
  required_value: 'Please enter a value.',
  required_comment: 'Please give a reason.',
  required_question: 'Please ask your question.',
  required_days: 'Please say how many days.',
};
