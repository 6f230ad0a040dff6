import type { KpiDirection } from '../../domain/kpiDirection';
import { parseDecimalInput } from '../../domain/numberInput';
import type { Frequency } from '../../domain/period';
import type { ImportIssue } from '../issues';
import type { TemplateSheet } from '../table/csvText';
import { normalizeHeader } from '../table/headerRow';
import { readTemplateTable, type TemplateColumn, type TemplateFile, type TemplateRecord } from '../table/templateTable';

type Key = 'code' | 'name' | 'nameEn' | 'unit' | 'direction' | 'frequency' | 'decimals' | 'baseline' | 'baselineYear' | 'min' | 'max' | 'field' | 'goal' | 'sdgIndicator';

/** The KPI template's columns (German header first, English accepted), then one `Ziel <year>` column per target year. */
export const KPI_COLUMNS: readonly TemplateColumn<Key>[] = [
  ['code', 'Code', 'code'],
  ['name', 'Name', 'name'],
  ['nameEn', 'Name englisch', 'name English'],
  ['unit', 'Einheit', 'unit'],
  ['direction', 'Richtung', 'direction'],
  ['frequency', 'Turnus', 'frequency'],
  ['decimals', 'Nachkommastellen', 'decimals'],
  ['baseline', 'Ausgangswert', 'baseline'],
  ['baselineYear', 'Ausgangsjahr', 'baseline year'],
  ['min', 'Minimum', 'minimum'],
  ['max', 'Maximum', 'maximum'],
  ['field', 'Handlungsfeld', 'action field'],
  ['goal', 'Operatives Ziel', 'operational goal'],
  ['sdgIndicator', 'SDG-Indikator', 'SDG indicator'],
];
const TARGET_HEADER = /^(?:ziel|zielwert|target)(\d{4})$/;

const DIRECTION_WORDS: Record<string, KpiDirection> = { hoeheristbesser: 'higher_better', steigend: 'higher_better', higherisbetter: 'higher_better', higherbetter: 'higher_better', niedrigeristbesser: 'lower_better', sinkend: 'lower_better', lowerisbetter: 'lower_better', lowerbetter: 'lower_better' };
const FREQUENCY_WORDS: Record<string, Frequency> = { jaehrlich: 'yearly', yearly: 'yearly', annual: 'yearly', quartalsweise: 'quarterly', vierteljaehrlich: 'quarterly', quarterly: 'quarterly', monatlich: 'monthly', monthly: 'monthly' };
const DIRECTION_TEXT: Record<KpiDirection, string> = { higher_better: 'höher ist besser', lower_better: 'niedriger ist besser' };
const FREQUENCY_TEXT: Record<Frequency, string> = { yearly: 'jährlich', quarterly: 'quartalsweise', monthly: 'monatlich' };

/** A KPI as the template carries it; numbers are exact decimal strings (`''` when empty). */
export interface KpiRow {
  line: number;
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  direction: KpiDirection;
  frequency: Frequency;
  decimals: number;
  baseline: string;
  baselineYear: number | null;
  min: string;
  max: string;
  field: string;
  goal: string;
  sdgIndicator: string;
  /** Target value by year. */
  targets: { year: number; value: string }[];
}

function decimalCell(record: TemplateRecord<Key>, key: Key): string | ImportIssue {
  const text = record.cell(key);
  if (!text) return '';
  const read = parseDecimalInput(text);
  return read.ok ? read.value : record.refuse(key, read.error.messageKey, read.error.params as Record<string, string>);
}

function readKpi(record: TemplateRecord<Key>): KpiRow | ImportIssue {
  const { line, cell, refuse } = record;
  for (const key of ['code', 'name', 'unit', 'direction', 'frequency', 'field'] as const) if (!cell(key)) return refuse(key, 'import:emptyCell');
  const direction = DIRECTION_WORDS[normalizeHeader(cell('direction'))];
  if (!direction) return refuse('direction', 'import:invalidDirection', { value: cell('direction') });
  const frequency = FREQUENCY_WORDS[normalizeHeader(cell('frequency'))];
  if (!frequency) return refuse('frequency', 'import:invalidFrequency', { value: cell('frequency') });
  const decimals = cell('decimals') ? Number(cell('decimals')) : 1;
  if (!/^\d?$/.test(cell('decimals'))) return refuse('decimals', 'import:invalidDecimals', { value: cell('decimals') });
  if (cell('baselineYear') && !/^\d{4}$/.test(cell('baselineYear'))) return refuse('baselineYear', 'import:invalidYear', { value: cell('baselineYear') });
  const numbers: Partial<Record<'baseline' | 'min' | 'max', string>> = {};
  for (const key of ['baseline', 'min', 'max'] as const) {
    const value = decimalCell(record, key);
    if (typeof value !== 'string') return value;
    numbers[key] = value;
  }
  const targets: KpiRow['targets'] = [];
  for (const { header, value } of record.extra) {
    const year = TARGET_HEADER.exec(normalizeHeader(header))?.[1];
    if (!year || !value) continue;
    const read = parseDecimalInput(value);
    if (!read.ok) return { ...refuse('code', read.error.messageKey, read.error.params as Record<string, string>), column: header };
    targets.push({ year: Number(year), value: read.value });
  }
  return {
    line,
    code: cell('code').toUpperCase(),
    name: cell('name'),
    nameEn: cell('nameEn'),
    unit: cell('unit'),
    direction,
    frequency,
    decimals,
    baseline: numbers.baseline!,
    baselineYear: cell('baselineYear') ? Number(cell('baselineYear')) : null,
    min: numbers.min!,
    max: numbers.max!,
    field: cell('field').toUpperCase(),
    goal: cell('goal').toUpperCase(),
    sdgIndicator: cell('sdgIndicator'),
    targets,
  };
}

/** Reads the KPI template (CSV or XLSX): one KPI per row with its yearly targets in `Ziel <year>` columns. */
export function readKpiFile(path: string): Promise<TemplateFile<KpiRow>> {
  return readTemplateTable(path, KPI_COLUMNS, 3, readKpi);
}

/** Numbers with a decimal comma, as German spreadsheets expect; three decimals get a fourth so `1,250` is not read as 1250. */
export const germanNumber = (value: string) => (/\.\d{3}$/.test(value) ? `${value}0` : value).replace('.', ',');

export function kpiTemplate(rows: KpiRow[]): TemplateSheet {
  const years = [...new Set(rows.flatMap((r) => r.targets.map((t) => t.year)))].sort();
  return {
    header: [...KPI_COLUMNS.map(([, de]) => de), ...years.map((y) => `Ziel ${y}`)],
    rows: rows.map((r) => [
      r.code, r.name, r.nameEn, r.unit, DIRECTION_TEXT[r.direction], FREQUENCY_TEXT[r.frequency], String(r.decimals),
      germanNumber(r.baseline), r.baselineYear === null ? '' : String(r.baselineYear), germanNumber(r.min), germanNumber(r.max),
      r.field, r.goal, r.sdgIndicator,
      ...years.map((y) => germanNumber(r.targets.find((t) => t.year === y)?.value ?? '')),
    ]),
  };
}
