import path from 'node:path';
import type { Command } from 'commander';
import type { Db } from '../../../src/db/client';
import type { ImportIssue } from '../../../src/import/issues';
import type { TemplateFile } from '../../../src/import/table/templateTable';
import { readKpiFile } from '../../../src/import/template/kpiRows';
import { readKpiValueFile } from '../../../src/import/template/kpiValueRows';
import { readMeasureFile } from '../../../src/import/template/measureRows';
import { importKpis } from '../../../src/usecases/import/importKpis';
import { importKpiValues } from '../../../src/usecases/import/importKpiValues';
import { importMeasures } from '../../../src/usecases/import/importMeasures';
import type { RecordImportInput, RecordImportReport } from '../../../src/usecases/import/importRecords';
import { refusedLines } from '../importReport';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';
import { tenantOf, withTenantOption } from '../tenantOption';

interface RecordKind<R> {
  command: string;
  kind: string;
  read: (file: string) => Promise<TemplateFile<R>>;
  run: (db: Db, input: RecordImportInput<R>) => Promise<RecordImportReport>;
}

const kind = <R>(k: RecordKind<R>) => k as unknown as RecordKind<unknown>;
const RECORD_KINDS = [
  kind({ command: 'measures', kind: 'measure', read: readMeasureFile, run: importMeasures }),
  kind({ command: 'kpis', kind: 'kpi', read: readKpiFile, run: importKpis }),
  kind({ command: 'values', kind: 'value', read: readKpiValueFile, run: importKpiValues }),
];

function reportLines(report: RecordImportReport, kindName: string, update: boolean): string[] {
  const lines = [cliT('import:strategyCounts', { kind: kindName, ...report.counts })];
  if (report.changed.length > 0) {
    lines.push(cliT('import:recordsChanged'), ...report.changed.map((c) => cliT('import:strategyChange', { line: c.line, kind: kindName, code: c.code })));
    if (!update) lines.push(cliT('import:strategyChangedHint'));
  }
  return lines;
}

/** `v2030 import measures|kpis|values <file>`: the templates of `v2030 template`, all or nothing. */
export function registerImportRecords(importCommand: Command): void {
  for (const { command, kind: kindKey, read, run } of RECORD_KINDS) {
    withTenantOption(importCommand.command(command).description(cliT(`import:${command}Description`)).argument('<file>', cliT('import:fileArgument')))
      .option('--dry-run', cliT('import:dryRunOption'), false)
      .option('--update', cliT('import:recordsUpdateOption'), false)
      .action(async (file: string, options: { dryRun: boolean; update: boolean; tenant?: string }) => {
        await runCommand({ migrate: false, seedDemo: false }, async (runtime) => {
          const tenant = await tenantOf(runtime, options);
          const name = path.basename(file);
          const parsed = await read(file);
          let refused: ImportIssue[] = parsed.refused;
          let report: RecordImportReport | undefined;
          // Rows that could be read are checked against the municipality too, so one run reports every refused line.
          if (parsed.rows.length > 0 || refused.length === 0) {
            report = await run(runtime.db, { tenantId: tenant.id, zone: tenant.timeZone, rows: parsed.rows, dryRun: options.dryRun || refused.length > 0, update: options.update, sourceTitle: name, now: runtime.clock.now(), header: parsed.header });
            refused = [...refused, ...report.refused];
            console.log(reportLines(report, cliT(`import:kind_${kindKey}`), options.update).join('\n'));
          }
          if (refused.length > 0) {
            console.error([...refusedLines(refused, name), cliT('import:resultRefused')].join('\n'));
            process.exitCode = 1;
          } else if (!report!.applied) console.log(cliT('import:resultDryRun'));
          else console.log(cliT(report!.counts.created + (options.update ? report!.counts.changed : 0) === 0 ? 'import:recordsNothing' : 'import:strategyApplied'));
        });
      });
  }
}
