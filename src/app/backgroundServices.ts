import os from 'node:os';
import { alertJob } from '../alerts/alertJob';
import { digestJob } from '../digest/digestJob';
import { createDeliveryWorker, type DeliveryWorker } from '../outbox/deliveryWorker';
import type { OutgoingPort } from '../outbox/outgoingPort';
import { createScheduler, type Scheduler } from '../scheduler/scheduler';
import type { Runtime } from './runtime';

export const JOBS = [digestJob, alertJob];

export function workerId(): string {
  return `${os.hostname()}:${process.pid}`;
}

export function createJobScheduler({ db, clock, logger }: Pick<Runtime, 'db' | 'clock' | 'logger'>): Scheduler {
  return createScheduler({ db, clock, logger: logger.child({ component: 'scheduler' }), jobs: JOBS, workerId: workerId() });
}

/** The scheduler and the outbox's delivery worker, as the server runs them. */
export async function startBackgroundServices(runtime: Runtime, ports: OutgoingPort[]): Promise<{ scheduler: Scheduler; worker: DeliveryWorker; stop(): Promise<void> }> {
  const scheduler = createJobScheduler(runtime);
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
