import fs from 'node:fs';
import type { Command } from 'commander';
import { TEMPLATES } from '../../../src/usecases/import/templateKinds';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';
import { tenantOf, withTenantOption } from '../tenantOption';

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
