import fs from 'node:fs';
import type { Command } from 'commander';
import { exportTrail } from '../../../src/audit/exportTrail';
import { InvalidInputError } from '../../../src/domain/errors';
import { writeCsv } from '../../../src/reports/export/writeCsv';
import { writeXlsx } from '../../../src/reports/export/writeXlsx';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';
import { tenantOf } from '../tenantOption';

interface ExportOptions {
  tenant?: string;
  from: string;
  to: string;
  format: string;
  out?: string;
}

/** `v2030 audit export --from --to --format csv|xlsx [--out] [--tenant]`: the auditors' file. */
export function registerAuditExport(audit: Command): void {
  audit
    .command('export')
    .description(cliT('audit:exportDescription'))
    .requiredOption('--from <date>', cliT('audit:fromOption'))
    .requiredOption('--to <date>', cliT('audit:toOption'))
    .option('--format <format>', cliT('audit:formatOption'), 'csv')
    .option('--out <file>', cliT('audit:outOption'))
    .option('--tenant <slug>', cliT('import:tenantOption'))
    .action(async (options: ExportOptions) => {
      await runCommand({ migrate: false, seedDemo: false }, async (runtime) => {
        const from = isoDate(options.from);
        const to = isoDate(options.to);
        if (to < from) throw new InvalidInputError('audit:badRange', { from: options.from, to: options.to });
        if (options.format !== 'csv' && options.format !== 'xlsx') throw new InvalidInputError('audit:badFormat', { format: options.format });
        if (options.format === 'xlsx' && !options.out) throw new InvalidInputError('audit:xlsxNeedsOut');
        const tenant = await tenantOf(runtime, options);
        const { doc, rows, zone } = await exportTrail(runtime.db, { tenantId: tenant.id, from, to, now: runtime.clock.now() });
        const bytes = options.format === 'xlsx' ? await writeXlsx(doc) : writeCsv(doc, zone);
        if (!options.out) {
          console.log(bytes.toString('utf8').replace(/^\uFEFF/, '').trimEnd());
          return;
        }
        fs.writeFileSync(options.out, bytes);
        console.log(cliT('audit:exported', { rows, from: options.from, to: options.to, file: options.out }));
      });
    });
}

function isoDate(text: string): string {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : text.trim();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
  if (!valid) throw new InvalidInputError('audit:badDate', { value: text });
  return iso;
}
