import type { Db } from '../../db/client';
import type { TemplateFile } from '../../import/table/templateTable';
import type { TemplateSheet } from '../../import/table/csvText';
import { EXAMPLE_KPI_VALUES, EXAMPLE_KPIS, EXAMPLE_MEASURES, EXAMPLE_STRATEGY } from '../../import/template/exampleRows';
import { kpiTemplate, readKpiFile } from '../../import/template/kpiRows';
import { kpiValueTemplate, readKpiValueFile } from '../../import/template/kpiValueRows';
import { measureTemplate, readMeasureFile } from '../../import/template/measureRows';
import { strategyTemplate } from '../../import/strategy/strategyTemplate';
import type { Tenant } from '../../tenancy/tenant';
import { exportKpis } from './exportKpis';
import { exportKpiValues } from './exportKpiValues';
import { exportMeasures } from './exportMeasures';
import { exportStrategy } from './exportStrategy';
import { importKpis } from './importKpis';
import { importKpiValues } from './importKpiValues';
import { importMeasures } from './importMeasures';
import type { RecordImportInput, RecordImportReport } from './importRecords';

/** An import of one kind of template rows: `kind` names them in messages (`import:kind_<kind>`). */
export interface RecordImport<R = unknown> {
  kind: string;
  read: (file: string) => Promise<TemplateFile<R>>;
  run: (db: Db, input: RecordImportInput<R>) => Promise<RecordImportReport>;
}

const recordImport = <R>(i: RecordImport<R>) => i as unknown as RecordImport;

/** `v2030 import <command>` for the record templates (the strategy and the budget plan have their own). */
export const RECORD_IMPORTS: Record<string, RecordImport> = {
  measures: recordImport({ kind: 'measure', read: readMeasureFile, run: importMeasures }),
  kpis: recordImport({ kind: 'kpi', read: readKpiFile, run: importKpis }),
  values: recordImport({ kind: 'value', read: readKpiValueFile, run: importKpiValues }),
};

/** A template: the municipality's rows, or the example rows when it has none yet (`example`). */
export interface WrittenTemplate {
  sheet: TemplateSheet;
  rows: number;
  example: boolean;
}

function rowsOf<R>(rows: R[], examples: R[], sheet: (rows: R[]) => TemplateSheet): WrittenTemplate {
  return rows.length > 0 ? { sheet: sheet(rows), rows: rows.length, example: false } : { sheet: sheet(examples), rows: examples.length, example: true };
}

/** Each template (`v2030 template <name>`): the municipality's rows (or examples), and the kind of rows for the message. */
export const TEMPLATES: Record<string, { kind?: string; write: (db: Db, tenant: Tenant) => Promise<WrittenTemplate> }> = {
  strategy: { write: async (db, t) => rowsOf(await exportStrategy(db, t.id), EXAMPLE_STRATEGY, strategyTemplate) },
  measures: { kind: 'measure', write: async (db, t) => rowsOf(await exportMeasures(db, t.id, t.timeZone), EXAMPLE_MEASURES, measureTemplate) },
  kpis: { kind: 'kpi', write: async (db, t) => rowsOf(await exportKpis(db, t.id), EXAMPLE_KPIS, kpiTemplate) },
  values: { kind: 'value', write: async (db, t) => rowsOf(await exportKpiValues(db, t.id), EXAMPLE_KPI_VALUES, kpiValueTemplate) },
};
