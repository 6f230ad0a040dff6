import os from 'node:os';
import { alertJob } from '../alerts/alertJob';
import { digestJob } from '../digest/digestJob';
import { reminderJob } from '../reminders/reminderJob';
import { createDeliveryWorker, type DeliveryWorker } from '../outbox/deliveryWorker';
import type { OutgoingPort } from '../outbox/outgoingPort';
import type { PlatformLimits } from '../platform/limits';
import { createReportJob } from '../reports/inYear/reportJob';
import type { JobDefinition } from '../scheduler/job';
import { createScheduler, type Scheduler } from '../scheduler/scheduler';
import { pendingRequestsJob } from '../usecases/budget/pendingRequestsJob';
import type { Runtime } from './runtime';

/** The scheduled jobs; the report job splits its posts by the limits of the platforms given. */
export function createJobs(platforms: readonly { platform: string; limits: PlatformLimits }[]): JobDefinition[] {
  return [digestJob, createReportJob(platforms), alertJob, reminderJob, pendingRequestsJob];
}

export function workerId(): string {
  return `${os.hostname()}:${process.pid}`;
}

export function createJobScheduler({ db, clock, logger }: Pick<Runtime, 'db' | 'clock' | 'logger'>, ports: readonly OutgoingPort[] = []): Scheduler {
  return createScheduler({ db, clock, logger: logger.child({ component: 'scheduler' }), jobs: createJobs(ports), workerId: workerId() });
}

/** The scheduler and the outbox's delivery worker, as the server runs them. */
export async function startBackgroundServices(runtime: Runtime, ports: OutgoingPort[]): Promise<{ scheduler: Scheduler; worker: DeliveryWorker; stop(): Promise<void> }> {
  const scheduler = createJobScheduler(runtime, ports);
  const worker = createDeliveryWorker({ db: runtime.db, clock: runtime.clock, logger: runtime.logger.child({ component: 'outbox' }), ports });
  await scheduler.start();
  worker.start();
  return {
    scheduler,
    worker,
    async stop() {
      await scheduler.stop();
      await worker.stop();
    },
  };
}
