import type { Command } from 'commander';
import { createJobs } from '../../../src/app/backgroundServices';
import { formatDateTime } from '../../../src/format';
import { message } from '../../../src/messages/model';
import { listJobs } from '../../../src/usecases/admin/listJobs';
import { renderText } from '../../console/renderText';
import { cliLocale, cliT } from '../locale';
import { runCommand } from '../runCommand';

export function registerJobs(program: Command): void {
  program
    .command('jobs')
    .description(cliT('cli:jobsDescription'))
    .action(async () => {
      await runCommand({ migrate: false, seedDemo: false }, async ({ db, clock }) => {
        const rows = await listJobs(db, createJobs([]).map((j) => j.name), clock.now());
        const when = (d: Date, zone: string) => formatDateTime(d, cliLocale(), zone);
        const table = {
          type: 'table' as const,
          columns: ['jobsTenant', 'jobsJob', 'jobsSchedule', 'jobsLast', 'jobsNext'].map((k) => ({ header: cliT(`cli:${k}`) })),
          rows: rows.map((r) => [
            r.tenant,
            r.job,
            `${r.cron} (${r.zone})`,
            r.last ? `${r.last.slot} ${r.last.status}${r.last.error ? `: ${r.last.error}` : ''}` : cliT('cli:jobsNever'),
            when(r.next, r.zone),
          ]),
        };
        console.log(renderText(message('jobs', [table])));
      });
    });
}
