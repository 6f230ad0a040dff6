import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { templateCsv } from '../../../src/import/table/csvText';
import { templateXlsx } from '../../../src/import/table/templateXlsx';
import { TEMPLATES } from '../../../src/usecases/import/templateKinds';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';
import { tenantOf, withTenantOption } from '../tenantOption';

const FORMATS = ['csv', 'xlsx'];

/**
 * `v2030 template <kind> <file> [--format csv|xlsx]`: the import template filled with the
 * municipality's rows (the demo's in the demo), or example rows when it has none. The format is
 * the file's extension's unless `--format` names one.
 */
export function registerTemplate(program: Command): void {
  withTenantOption(
    program
      .command('template')
      .description(cliT('import:templateDescription'))
      .argument('<kind>', Object.keys(TEMPLATES).join('|'))
      .argument('<file>', cliT('import:templateFileArgument'))
      .option('--format <format>', cliT('import:templateFormatOption')),
  ).action(async (kind: string, file: string, options: { tenant?: string; format?: string }) => {
    await runCommand({ migrate: false, seedDemo: false }, async (runtime) => {
      const template = TEMPLATES[kind];
      if (!template) {
        console.error(cliT('import:templateUnknownKind', { kind, allowed: Object.keys(TEMPLATES).join(', ') }));
        process.exitCode = 1;
        return;
      }
      const format = (options.format ?? (path.extname(file).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv')).toLowerCase();
      if (!FORMATS.includes(format)) {
        console.error(cliT('import:templateUnknownFormat', { format, allowed: FORMATS.join(', ') }));
        process.exitCode = 1;
        return;
      }
      const tenant = await tenantOf(runtime, options);
      const { sheet, rows, example } = await template.write(runtime.db, tenant);
      fs.writeFileSync(file, format === 'xlsx' ? await templateXlsx(sheet, cliT('import:templateSheetName')) : templateCsv(sheet.header, sheet.rows));
      const params = { file, rows, tenant: tenant.name };
      if (example) console.log(cliT('import:templateExample', params));
      else console.log(template.kind ? cliT('import:templateWrittenKind', { ...params, kind: cliT(`import:kind_${template.kind}`) }) : cliT('import:templateWritten', params));
    });
  });
}
