import path from 'node:path';
import type { Command } from 'commander';
import { readStrategyFile, STRATEGY_KINDS } from '../../../src/import/strategy/strategyRows';
import { importStrategy } from '../../../src/usecases/import/importStrategy';
import { refusedLines } from '../importReport';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';
import { tenantOf } from '../tenantOption';

export function registerImportStrategy(importCommand: Command): void {
  importCommand
    .command('strategy')
    .description(cliT('import:strategyDescription'))
    .argument('<file>', cliT('import:fileArgument'))
    .option('--dry-run', cliT('import:dryRunOption'), false)
    .option('--update', cliT('import:strategyUpdateOption'), false)
    .option('--tenant <slug>', cliT('import:tenantOption'))
    .action(async (file: string, options: { dryRun: boolean; update: boolean; tenant?: string }) => {
      await runCommand({ migrate: false, seedDemo: false }, async ({ db, clock, config }) => {
        const tenant = await tenantOf({ db, clock, config }, options);
        const name = path.basename(file);
        const read = await readStrategyFile(file);
        // Rows that could be read are checked against the municipality too, so one run reports every refused line.
        const report = await importStrategy(db, { tenantId: tenant.id, rows: read.rows, refused: read.refused, refusedCodes: read.refusedCodes, dryRun: options.dryRun, update: options.update, sourceTitle: name, now: clock.now() });
        const { refused } = report;
        if (read.rows.length > 0 || refused.length === 0) {
          const lines = STRATEGY_KINDS.map((kind) => cliT('import:strategyCounts', { kind: cliT(`import:kind_${kind}`), ...report.counts[kind] }));
          if (report.changed.length > 0) {
            lines.push(cliT('import:reportChanged'), ...report.changed.map((c) => cliT('import:strategyChange', { line: c.line, kind: cliT(`import:kind_${c.kind}`), code: c.code })));
            if (!options.update) lines.push(cliT('import:strategyChangedHint'));
          }
          console.log(lines.join('\n'));
        }
        if (refused.length > 0) {
          console.error([...refusedLines(refused, name), cliT('import:resultRefused')].join('\n'));
          process.exitCode = 1;
        } else if (!report.applied) console.log(cliT('import:resultDryRun'));
        else console.log(cliT('import:strategyApplied'));
      });
    });
}
