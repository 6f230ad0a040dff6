import type { Snapshot } from './snapshot';

const at = '2026-03-10T10:00:00.000Z';

/** What the script must leave in every database: the accepted lines' effects, nothing of the refused ones. */
export const EXPECTED: Snapshot = {
  measures: [
    { code: 'M-1', progress: 60, status: 'at_risk', version: 1, lastUpdateAt: at },
    { code: 'M-2', progress: 10, status: 'on_track', version: 1, lastUpdateAt: at },
  ],
  progress: [
    { createdAt: at, measure: 'M-1', percent: 60, status: 'at_risk', previousPercent: 40, previousStatus: 'on_track', note: 'Lieferverzug beim Dämmstoff', author: 'max@klein.de' },
    { createdAt: at, measure: 'M-2', percent: 10, status: 'on_track', previousPercent: 0, previousStatus: 'on_track', note: null, author: 'olga@klein.de' },
  ],
  kpiValues: [
    {
      kpi: 'CO2-1', period: '2025', periodEnd: '2025-12-31T23:00:00.000Z', value: '6.3', revision: 2, note: null, recordedBy: 'max@klein.de', recordedAt: at,
      revisions: [
        { revision: 1, value: '6.4', note: null, recordedBy: 'max@klein.de', recordedAt: at },
        { revision: 2, value: '6.3', note: null, recordedBy: 'max@klein.de', recordedAt: at },
      ],
    },
    {
      kpi: 'MOB-1', period: '2026-Q1', periodEnd: '2026-03-31T22:00:00.000Z', value: '12.5', revision: 1, note: 'vorläufig', recordedBy: 'max@klein.de', recordedAt: at,
      revisions: [{ revision: 1, value: '12.5', note: 'vorläufig', recordedBy: 'max@klein.de', recordedAt: at }],
    },
  ],
  audit: [
    { createdAt: at, action: 'kpi.value_corrected', entity: 'KpiValue', key: 'CO2-1/2025', before: { period: '2025', value: '6.4' }, after: { period: '2025', value: '6.3', note: null }, actor: 'max@klein.de', hasRequestId: true },
    { createdAt: at, action: 'kpi.value_recorded', entity: 'KpiValue', key: 'CO2-1/2025', before: null, after: { period: '2025', value: '6.4', note: null }, actor: 'max@klein.de', hasRequestId: true },
    { createdAt: at, action: 'kpi.value_recorded', entity: 'KpiValue', key: 'MOB-1/2026-Q1', before: null, after: { period: '2026-Q1', value: '12.5', note: 'vorläufig' }, actor: 'max@klein.de', hasRequestId: true },
    { createdAt: at, action: 'measure.progress_logged', entity: 'Measure', key: 'M-1', before: { percent: 40, status: 'on_track' }, after: { percent: 60, status: 'at_risk', note: 'Lieferverzug beim Dämmstoff' }, actor: 'max@klein.de', hasRequestId: true },
    { createdAt: at, action: 'measure.progress_logged', entity: 'Measure', key: 'M-2', before: { percent: 0, status: 'on_track' }, after: { percent: 10, status: 'on_track', note: null }, actor: 'olga@klein.de', hasRequestId: true },
  ],
};
