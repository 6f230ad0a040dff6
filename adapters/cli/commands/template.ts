import fs from 'node:fs';
import type { Command } from 'commander';
import type { Db } from '../../../src/db/client';
import { kpiCsv } from '../../../src/import/template/kpiRows';
import { kpiValueCsv } from '../../../src/import/template/kpiValueRows';
import { measureCsv } from '../../../src/import/template/measureRows';
import { strategyCsv } from '../../../src/import/strategy/strategyTemplate';
import type { Tenant } from '../../../src/tenancy/tenant';
import { exportKpis } from '../../../src/usecases/import/exportKpis';
import { exportKpiValues } from '../../../src/usecases/import/exportKpiValues';
import { exportMeasures } from '../../../src/usecases/import/exportMeasures';
import { exportStrategy } from '../../../src/usecases/import/exportStrategy';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';
import { tenantOf, withTenantOption } from '../tenantOption';

/** Each template: the municipality's rows as CSV, and the kind of rows (for the message). */
const TEMPLATES: Record<string, { kind?: string; write: (db: Db, tenant: Tenant) => Promise<{ csv: string; rows: number }> }> = {
  strategy: { write: async (db, t) => rowsOf(await exportStrategy(db, t.id), strategyCsv) },
  measures: { kind: 'measure', write: async (db, t) => rowsOf(await exportMeasures(db, t.id, t.timeZone), measureCsv) },
  kpis: { kind: 'kpi', write: async (db, t) => rowsOf(await exportKpis(db, t.id), kpiCsv) },
  values: { kind: 'value', write: async (db, t) => rowsOf(await exportKpiValues(db, t.id), kpiValueCsv) },
};

function rowsOf<R>(rows: R[], csv: (rows: R[]) => string): { csv: string; rows: number } {
  return { csv: csv(rows), rows: rows.length };
}

/** `v2030 template <kind> <file>`: the import template filled with the municipality's rows (the demo's in the demo). */
export function registerTemplate(program: Command): void {
  withTenantOption(
    program
      .command('template')
      .description(cliT('import:templateDescription'))
      .argument('<kind>', Object.keys(TEMPLATES).join('|'))
      .argument('<file>', cliT('import:templateFileArgument')),
  ).action(async (kind: string, file: string, options: { tenant?: string }) => {
    await runCommand({ migrate: false, seedDemo: false }, async (runtime) => {
      const template = TEMPLATES[kind];
      if (!template) {
        console.error(cliT('import:templateUnknownKind', { kind, allowed: Object.keys(TEMPLATES).join(', ') }));
        process.exitCode = 1;
        return;
      }
      const tenant = await tenantOf(runtime, options);
      const { csv, rows } = await template.write(runtime.db, tenant);
      fs.writeFileSync(file, csv);
      const params = { file, rows, tenant: tenant.name };
      console.log(template.kind ? cliT('import:templateWrittenKind', { ...params, kind: cliT(`import:kind_${template.kind}`) }) : cliT('import:templateWritten', params));
    });
  });
}
