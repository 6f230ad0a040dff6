import type { Db } from '../../db/client';
import type { TemplateFile } from '../../import/table/templateTable';
import { kpiCsv, readKpiFile } from '../../import/template/kpiRows';
import { kpiValueCsv, readKpiValueFile } from '../../import/template/kpiValueRows';
import { measureCsv, readMeasureFile } from '../../import/template/measureRows';
import { strategyCsv } from '../../import/strategy/strategyTemplate';
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

function rowsOf<R>(rows: R[], csv: (rows: R[]) => string): { csv: string; rows: number } {
  return { csv: csv(rows), rows: rows.length };
}

/** Each template (`v2030 template <name>`): the municipality's rows as CSV, and the kind of rows for the message. */
export const TEMPLATES: Record<string, { kind?: string; write: (db: Db, tenant: Tenant) => Promise<{ csv: string; rows: number }> }> = {
  strategy: { write: async (db, t) => rowsOf(await exportStrategy(db, t.id), strategyCsv) },
  measures: { kind: 'measure', write: async (db, t) => rowsOf(await exportMeasures(db, t.id, t.timeZone), measureCsv) },
  kpis: { kind: 'kpi', write: async (db, t) => rowsOf(await exportKpis(db, t.id), kpiCsv) },
  values: { kind: 'value', write: async (db, t) => rowsOf(await exportKpiValues(db, t.id), kpiValueCsv) },
};
