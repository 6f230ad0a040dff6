import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { readBudgetPlanFile } from '../../../src/import/budget/readBudgetPlanFile';
import { readProductMapping } from '../../../src/import/budget/productMapping';
import type { BudgetColumnNames } from '../../../src/import/budget/budgetColumns';
import { importBudgetPlan } from '../../../src/usecases/import/importBudgetPlan';
import { budgetFileLines, budgetReportLines, refusedLines } from '../importReport';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';
import { tenantOf } from '../tenantOption';

interface BudgetImportOptions extends BudgetColumnNames {
  year: number;
  mapping: string;
  dryRun: boolean;
  update: boolean;
  tenant?: string;
}

const COLUMN_OPTIONS = [
  ['product', '--product-column <name>', 'import:columnProduct'],
  ['object', '--object-column <name>', 'import:columnObject'],
  ['name', '--name-column <name>', 'import:columnName'],
  ['account', '--account-column <name>', 'import:columnAccount'],
  ['accountName', '--account-name-column <name>', 'import:columnAccountName'],
  ['amount', '--amount-column <name>', 'import:columnAmount'],
] as const;

/** Lines read so far, rewritten in place on a terminal; nothing when stderr is a file or a pipe. */
function progressOn(stream: NodeJS.WriteStream): ((lines: number, finished: boolean) => void) | undefined {
  if (!stream.isTTY) return undefined;
  return (lines, finished) => void stream.write(`\r${cliT('import:progress', { lines })}${finished ? '\n' : ''}`);
}

function fiscalYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(cliT('import:badYear', { value }));
  return Number(value);
}

export function registerImportBudget(importCommand: Command): void {
  const command = importCommand
    .command('budget')
    .description(cliT('import:budgetDescription'))
    .argument('<file>', cliT('import:fileArgument'))
    .requiredOption('--year <year>', cliT('import:yearOption'), fiscalYear)
    .requiredOption('--mapping <file>', cliT('import:mappingOption'))
    .option('--dry-run', cliT('import:dryRunOption'), false)
    .option('--update', cliT('import:updateOption'), false)
    .option('--tenant <slug>', cliT('import:tenantOption'));
  for (const [, flag, what] of COLUMN_OPTIONS) command.option(flag, cliT('import:columnOption', { what: cliT(what) }));
  command.action(async (file: string, raw: Record<string, unknown>) => {
    const options = raw as unknown as BudgetImportOptions;
    const named: BudgetColumnNames = Object.fromEntries(COLUMN_OPTIONS.flatMap(([key]) => (raw[`${key}Column`] ? [[key, String(raw[`${key}Column`])]] : [])));
    await runCommand({ migrate: false, seedDemo: false }, async ({ db, clock, config }) => {
      const tenant = await tenantOf({ db, clock, config }, options);
      const mapping = await readProductMapping(options.mapping);
      const plan = await readBudgetPlanFile(file, { year: options.year, columns: { ...mapping.columns, ...named }, onProgress: progressOn(process.stderr) });
      if (plan.refused.length > 0 || mapping.issues.length > 0) {
        if (plan.amountColumn) console.log(budgetFileLines(plan, path.basename(file)).join('\n'));
        console.error([...refusedLines([...plan.refused, ...mapping.issues], path.basename(file), path.basename(options.mapping)), cliT('import:resultRefused')].join('\n'));
        process.exitCode = 1;
        return;
      }
      const report = await importBudgetPlan(db, {
        tenantId: tenant.id,
        locale: tenant.locale,
        year: options.year,
        entries: plan.entries,
        rules: mapping.rules,
        sourceTitle: path.basename(file),
        amountColumn: plan.amountColumn,
        dryRun: options.dryRun,
        update: options.update,
        now: clock.now(),
      });
      console.log([...budgetFileLines(plan, path.basename(file)), ...budgetReportLines(report, options.year, options.update)].join('\n'));
      if (report.refused.length > 0) {
        console.error([...refusedLines(report.refused, path.basename(file), path.basename(options.mapping)), cliT('import:resultRefused')].join('\n'));
        process.exitCode = 1;
      } else if (!report.applied) console.log(cliT('import:resultDryRun'));
      else if (report.created.length === 0 && (!options.update || report.changed.length === 0)) console.log(cliT('import:resultNothing'));
      else console.log(cliT('import:resultApplied', { created: report.created.length, changed: options.update ? report.changed.length : 0 }));
    });
  });
}
