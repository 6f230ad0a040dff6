import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Runtime } from '../../../src/app/runtime';
import { InvalidInputError } from '../../../src/domain/errors';
import { translator } from '../../../src/i18n';
import { inYearDocument } from '../../../src/reports/export/inYearDocument';
import { annualDocument } from '../../../src/reports/export/annualDocument';
import { councilListDocument } from '../../../src/reports/export/councilListDocument';
import { EXPORT_FORMATS, type ExportFormat, type ReportDocument } from '../../../src/reports/export/reportDocument';
import { writeReport } from '../../../src/reports/export/writeReport';
import type { ViewContext } from '../../../src/views/viewContext';
import { resolveTenant, type Tenant } from '../../../src/tenancy/tenant';
import { annualForExport } from '../../../src/usecases/reports/annualForExport';
import { councilList } from '../../../src/usecases/reports/councilList';
import { inYearForExport } from '../../../src/usecases/reports/inYearForExport';
import { cliLocale, cliT } from '../locale';
import { runCommand } from '../runCommand';

interface ReportOptions {
  field?: string;
  format: string;
  out?: string;
}

export function registerReport(program: Command): void {
  const report = program.command('report').description(cliT('exports:reportDescription'));
  report
    .command('inyear')
    .description(cliT('annual:inYearDescription'))
    .requiredOption('--period <period>', '2026-Q3 | 2026-09')
    .option('--field <code>', 'KLI')
    .option('--format <format>', EXPORT_FORMATS.join(' | '), 'md')
    .option('--out <file>', 'bericht.xlsx')
    .action(async (options: ReportOptions & { period: string }) =>
      exportReport(options, async ({ db }, tenant, view) => inYearDocument(await inYearForExport(db, tenant, options.period, options.field, view.now), view)),
    );
  report
    .command('council-list')
    .description(cliT('budgetOversight:councilListDescription'))
    .requiredOption('--year <year>', '2026')
    .option('--format <format>', EXPORT_FORMATS.join(' | '), 'md')
    .option('--out <file>', 'ratsliste.csv')
    .action(async (options: ReportOptions & { year: string }) =>
      exportReport(options, async ({ db }, tenant, view) => councilListDocument(await councilList(db, tenant, options.year, view.now), view)),
    );
  report
    .command('annual')
    .description(cliT('annual:annualDescription'))
    .requiredOption('--year <year>', '2026')
    .option('--field <code>', 'KLI')
    .option('--format <format>', EXPORT_FORMATS.join(' | '), 'md')
    .option('--out <file>', 'jahresbericht.xlsx')
    .action(async (options: ReportOptions & { year: string }) =>
      exportReport(options, async ({ db }, tenant, view) => annualDocument(await annualForExport(db, tenant, options.year, options.field, view.now), view)),
    );
}

type DocumentOf = (runtime: Runtime, tenant: Tenant, view: ViewContext) => Promise<ReportDocument>;

async function exportReport(options: ReportOptions, documentOf: DocumentOf): Promise<void> {
  await runCommand({ migrate: true, seedDemo: false }, async (runtime) => {
    const format = exportFormat(options.format);
    const tenant = await resolveTenant(runtime.db, { slug: runtime.config.tenantSlug }, runtime.clock);
    const view = { t: translator(cliLocale()), locale: cliLocale(), zone: tenant.timeZone, now: runtime.clock.now() };
    await output(await writeReport(await documentOf(runtime, tenant, view), format, view), format, options.out);
  });
}

function exportFormat(text: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(text)) throw new InvalidInputError('exports:unknownFormat', { format: text, formats: EXPORT_FORMATS.join(', ') });
  return text as ExportFormat;
}

/** To the file named, or, for the text formats, to standard output. */
async function output(bytes: Buffer, format: ExportFormat, out: string | undefined): Promise<void> {
  if (!out && (format === 'md' || format === 'csv')) return void process.stdout.write(bytes);
  const file = out ?? `bericht.${format}`;
  await writeFile(file, bytes);
  console.log(cliT('exports:written', { file, format, bytes: bytes.length }));
}
