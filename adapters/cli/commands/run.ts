import type { Command } from 'commander';
import { createJobScheduler } from '../../../src/app/backgroundServices';
import { createDeliveryWorker } from '../../../src/outbox/deliveryWorker';
import { cliT } from '../locale';
import { platformPorts } from '../platformPorts';
import { runCommand } from '../runCommand';

const DELIVERY_DEADLINE_MS = 60_000;

export function registerRun(program: Command): void {
  program
    .command('run')
    .description(cliT('cli:runDescription'))
    .argument('<job>', 'digest | report')
    .action(async (job: string) => {
      await runCommand({ migrate: true, seedDemo: false }, async (runtime) => {
        const { db, clock, logger, config } = runtime;
        const ports = await platformPorts(runtime);
        const { slotKey } = await createJobScheduler(runtime, ports).runNow(job, config.tenantSlug);
        const queued = await db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `${job}:${slotKey}:` } }, select: { id: true } });
        console.log(cliT('cli:runQueued', { job, count: queued.length, slot: slotKey }));
        if (queued.length === 0) return;
        if (ports.length === 0) {
          console.log(cliT('cli:runNoPlatform'));
          return;
        }
        // The same outbox a running bot delivers from: claims make each post go out once, whoever sends it.
        const worker = createDeliveryWorker({ db, clock, logger, ports });
        const ids = queued.map((q) => q.id);
        const deadline = Date.now() + DELIVERY_DEADLINE_MS;
        for (;;) {
          await worker.runOnce();
          const open = await db.outboxMessage.count({ where: { id: { in: ids }, status: { in: ['pending', 'sending'] } } });
          if (open === 0 || Date.now() > deadline) break;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        const sent = await db.outboxMessage.count({ where: { id: { in: ids }, status: 'sent' } });
        console.log(cliT('cli:runDelivered', { sent, count: ids.length }));
        if (sent < ids.length) console.log(cliT('cli:runWaiting', { count: ids.length - sent }));
      });
    });
}
