import type { Command } from 'commander';
import { setSchedule } from '../../../src/usecases/admin/setSchedule';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';

export function registerSchedule(program: Command): void {
  program
    .command('schedule')
    .description(cliT('cli:scheduleDescription'))
    .argument('<job>', 'digest')
    .argument('<cron>', cliT('cli:scheduleCronArgument'))
    .action(async (job: string, cron: string) => {
      await runCommand({ migrate: false, seedDemo: false }, async ({ db, clock, config }) => {
        const expression = await setSchedule(db, config.tenantSlug, job, cron, clock.now());
        console.log(cliT('cli:scheduleSet', { job, cron: expression, tenant: config.tenantSlug }));
      });
    });
}
