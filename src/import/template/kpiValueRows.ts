import { parseDecimalInput } from '../../domain/numberInput';
import { parsePeriod, periodKey, type Period } from '../../domain/period';
import type { ImportIssue } from '../issues';
import { EMAIL } from '../table/cellFormats';
import type { TemplateSheet } from '../table/csvText';
import { readTemplateTable, type TemplateColumn, type TemplateFile } from '../table/templateTable';
import { germanNumber } from './kpiRows';

type Key = 'kpi' | 'period' | 'value' | 'note' | 'recorder';

/** The KPI values template's columns: German header first, English accepted. */
export const KPI_VALUE_COLUMNS: readonly TemplateColumn<Key>[] = [
  ['kpi', 'Kennzahl', 'KPI'],
  ['period', 'Zeitraum', 'period'],
  ['value', 'Wert', 'value'],
  ['note', 'Notiz', 'note'],
  ['recorder', 'Erfasst von (E-Mail)', 'recorded by (e-mail)'],
];

/** A value of a KPI for a period; `value` an exact decimal string, `recorder` an e-mail or empty. */
export interface KpiValueRow {
  line: number;
  kpi: string;
  period: Period;
  value: string;
  note: string;
  recorder: string;
}

/** Reads the KPI values template (CSV or XLSX): one value per KPI and period (`2025`, `2025-Q3`, `2025-09`). */
export function readKpiValueFile(path: string): Promise<TemplateFile<KpiValueRow>> {
  return readTemplateTable(path, KPI_VALUE_COLUMNS, 3, ({ line, cell, refuse }): KpiValueRow | ImportIssue => {
    for (const key of ['kpi', 'period', 'value'] as const) if (!cell(key)) return refuse(key, 'import:emptyCell');
    const period = parsePeriod(cell('period'));
    if (!period) return refuse('period', 'import:invalidPeriod', { value: cell('period') });
    const value = parseDecimalInput(cell('value'));
    if (!value.ok) return refuse('value', value.error.messageKey, value.error.params as Record<string, string>);
    const recorder = cell('recorder').toLowerCase();
    if (recorder && !EMAIL.test(recorder)) return refuse('recorder', 'import:invalidEmail', { value: cell('recorder') });
    return { line, kpi: cell('kpi').toUpperCase(), period, value: value.value, note: cell('note'), recorder };
  });
}

export function kpiValueTemplate(rows: KpiValueRow[]): TemplateSheet {
  return {
    header: KPI_VALUE_COLUMNS.map(([, de]) => de),
    rows: rows.map((r) => [r.kpi, periodKey(r.period), germanNumber(r.value), r.note, r.recorder]),
  };
}
