import type { ImportIssue } from '../issues';
import type { TemplateSheet } from '../table/csvText';
import { dayOf, EMAIL } from '../table/cellFormats';
import { readTemplateTable, type TemplateColumn, type TemplateFile } from '../table/templateTable';

type Key = 'code' | 'title' | 'field' | 'goal' | 'responsible' | 'responsibleName' | 'start' | 'due' | 'description';

/** The measures template's columns: German header first, English accepted. */
export const MEASURE_COLUMNS: readonly TemplateColumn<Key>[] = [
  ['code', 'Code', 'code'],
  ['title', 'Titel', 'title'],
  ['field', 'Handlungsfeld', 'action field'],
  ['goal', 'Operatives Ziel', 'operational goal'],
  ['responsible', 'Verantwortlich (E-Mail)', 'responsible (e-mail)'],
  ['responsibleName', 'Verantwortlich (Name)', 'responsible (name)'],
  ['start', 'Beginn', 'start'],
  ['due', 'Fällig', 'due'],
  ['description', 'Beschreibung', 'description'],
];

/** A measure as the template carries it; codes upper case, e-mail lower case, days `2026-03-31` or empty. */
export interface MeasureRow {
  line: number;
  code: string;
  title: string;
  field: string;
  goal: string;
  responsible: string;
  /** Creates the responsible person when the municipality does not know the e-mail yet. */
  responsibleName: string;
  start: string;
  due: string;
  description: string;
}

/** Reads the measures template (CSV or XLSX): one measure per row, in the core team of its action field. */
export function readMeasureFile(path: string): Promise<TemplateFile<MeasureRow>> {
  return readTemplateTable(path, MEASURE_COLUMNS, 3, ({ line, cell, refuse }): MeasureRow | ImportIssue => {
    for (const key of ['code', 'title', 'field'] as const) if (!cell(key)) return refuse(key, 'import:emptyCell');
    const responsible = cell('responsible').toLowerCase();
    if (responsible && !EMAIL.test(responsible)) return refuse('responsible', 'import:invalidEmail', { value: cell('responsible') });
    const days: Record<'start' | 'due', string> = { start: '', due: '' };
    for (const key of ['start', 'due'] as const) {
      if (!cell(key)) continue;
      const day = dayOf(cell(key));
      if (!day) return refuse(key, 'import:invalidDay', { value: cell(key) });
      days[key] = day;
    }
    if (days.start && days.due && days.due < days.start) return refuse('due', 'import:dueBeforeStart', { start: days.start, due: days.due });
    return { line, code: cell('code').toUpperCase(), title: cell('title'), field: cell('field').toUpperCase(), goal: cell('goal').toUpperCase(), responsible, responsibleName: cell('responsibleName'), ...days, description: cell('description') };
  });
}

export function measureTemplate(rows: MeasureRow[]): TemplateSheet {
  return {
    header: MEASURE_COLUMNS.map(([, de]) => de),
    rows: rows.map((r) => [r.code, r.title, r.field, r.goal, r.responsible, r.responsibleName, r.start, r.due, r.description]),
  };
}
