import type { Command } from 'commander';
import { createTenant, listTenants } from '../../../src/usecases/admin/createTenant';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';

/** `v2030 tenant create|list`: the municipalities of the installation. */
export function registerTenant(program: Command): void {
  const command = program.command('tenant').description(cliT('cli:tenantDescription'));
  command
    .command('create')
    .description(cliT('cli:tenantCreateDescription'))
    .requiredOption('--slug <slug>', cliT('cli:tenantSlugOption'))
    .requiredOption('--name <name>', cliT('cli:tenantNameOption'))
    .option('--locale <locale>', cliT('cli:tenantLocaleOption'), 'de')
    .option('--time-zone <zone>', cliT('cli:tenantZoneOption'), 'Europe/Berlin')
    .action(async (options: { slug: string; name: string; locale: string; timeZone: string }) => {
      await runCommand({ migrate: false, seedDemo: false }, async ({ db, clock }) => {
        const tenant = await createTenant(db, { ...options, now: clock.now() });
        console.log(cliT('cli:tenantCreated', { name: tenant.name, slug: tenant.slug }));
      });
    });
  command
    .command('list')
    .description(cliT('cli:tenantListDescription'))
    .action(async () => {
      await runCommand({ migrate: false, seedDemo: false }, async ({ db }) => {
        for (const t of await listTenants(db)) console.log(`${t.slug}\t${t.name}\t${t.locale}\t${t.timeZone}`);
      });
    });
}
