import path from 'node:path';
import type { Command } from 'commander';
import type { ImportIssue } from '../../../src/import/issues';
import type { RecordImportReport } from '../../../src/usecases/import/importRecords';
import { RECORD_IMPORTS } from '../../../src/usecases/import/templateKinds';
import { refusedLines } from '../importReport';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';
import { tenantOf, withTenantOption } from '../tenantOption';

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
  for (const [command, { kind: kindKey, read, run }] of Object.entries(RECORD_IMPORTS)) {
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
