import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InvalidInputError } from '../../../src/domain/errors';
import { translator } from '../../../src/i18n';
import { inYearDocument } from '../../../src/reports/export/inYearDocument';
import { EXPORT_FORMATS, type ExportFormat } from '../../../src/reports/export/reportDocument';
import { writeReport } from '../../../src/reports/export/writeReport';
import { resolveTenant } from '../../../src/tenancy/tenant';
import { inYearForExport } from '../../../src/usecases/reports/inYearForExport';
import { cliLocale, cliT } from '../locale';
import { runCommand } from '../runCommand';

interface ReportOptions {
  period: string;
  field?: string;
  format: string;
  out?: string;
}

export function registerReport(program: Command): void {
  const report = program.command('report').description(cliT('exports:reportDescription'));
  report
    .command('inyear')
    .description(cliT('exports:reportDescription'))
    .requiredOption('--period <period>', '2026-Q3 | 2026-09')
    .option('--field <code>', 'KLI')
    .option('--format <format>', EXPORT_FORMATS.join(' | '), 'md')
    .option('--out <file>', 'bericht.xlsx')
    .action(async (options: ReportOptions) => {
      await runCommand({ migrate: true, seedDemo: false }, async ({ db, clock, config }) => {
        const format = exportFormat(options.format);
        const tenant = await resolveTenant(db, { slug: config.tenantSlug }, clock);
        const data = await inYearForExport(db, tenant, options.period, options.field, clock.now());
        const view = { t: translator(cliLocale()), locale: cliLocale(), zone: tenant.timeZone, now: clock.now() };
        await output(await writeReport(inYearDocument(data, view), format, view), format, options.out);
      });
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
