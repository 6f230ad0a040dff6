import fs from 'node:fs';
import type { Command } from 'commander';
import { strategyCsv } from '../../../src/import/strategy/strategyTemplate';
import { resolveTenant } from '../../../src/tenancy/tenant';
import { exportStrategy } from '../../../src/usecases/import/exportStrategy';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';

/** `v2030 template strategy <file>`: the import template filled with the municipality's rows (the demo's in the demo). */
export function registerTemplate(program: Command): void {
  program
    .command('template')
    .description(cliT('import:templateDescription'))
    .argument('<kind>', 'strategy')
    .argument('<file>', cliT('import:templateFileArgument'))
    .action(async (kind: string, file: string) => {
      await runCommand({ migrate: false, seedDemo: false }, async ({ db, clock, config }) => {
        if (kind !== 'strategy') {
          console.error(cliT('import:templateUnknownKind', { kind, allowed: 'strategy' }));
          process.exitCode = 1;
          return;
        }
        const tenant = await resolveTenant(db, { slug: config.tenantSlug }, clock);
        const rows = await exportStrategy(db, tenant.id);
        fs.writeFileSync(file, strategyCsv(rows));
        console.log(cliT('import:templateWritten', { file, rows: rows.length, tenant: tenant.name }));
      });
    });
}
