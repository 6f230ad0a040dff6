import type { Command } from 'commander';
import { resolveTenant } from '../../../src/tenancy/tenant';
import { listPeople } from '../../../src/usecases/admin/listPeople';
import { formatDate } from '../../../src/format';
import { renderText } from '../../console/renderText';
import { message } from '../../../src/messages/model';
import { cliLocale, cliT } from '../locale';
import { runCommand } from '../runCommand';

export function registerPeople(program: Command): void {
  program
    .command('people')
    .description(cliT('cli:peopleDescription'))
    .action(async () => {
      await runCommand({ migrate: false, seedDemo: false }, async ({ db, clock, config }) => {
        const tenant = await resolveTenant(db, { slug: config.tenantSlug }, clock);
        const people = await listPeople(db, tenant.id, clock.now());
        const teams = (p: (typeof people)[number]) =>
          p.teams
            .map((m) => {
              const until = m.temporaryUntil ? ` ${cliT('cli:peopleUntil', { date: formatDate(m.temporaryUntil, cliLocale(), tenant.timeZone) })}` : '';
              return `${m.field}${m.lead ? ` (${cliT('cli:peopleLead')})` : ''}${until}`;
            })
            .join(', ');
        const table = {
          type: 'table' as const,
          columns: ['peopleEmail', 'peopleName', 'peopleDepartment', 'peopleRoles', 'peopleTeams', 'peopleAccounts'].map((k) => ({ header: cliT(`cli:${k}`) })),
          rows: people.map((p) => [p.email, p.name, p.department, p.roles.join(', '), teams(p), p.accounts.join(', ')]),
        };
        console.log(renderText(message(tenant.name, [{ type: 'heading', text: `${tenant.name} (${people.length})` }, table])));
      });
    });
}
