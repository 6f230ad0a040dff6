import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import type { Logger } from '../logger';
import { isLocale } from '../i18n';
import type { Tenant } from '../tenancy/tenant';
import { MANUAL_SLOT_PREFIX, type JobDefinition } from './job';
import { claimSlot, finishSlot } from './jobClaims';
import { DEFAULT_SCHEDULES, scheduleFor } from './schedulePolicy';
import { slotKey, slotsBetween } from './slots';

export interface SchedulerOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  jobs: JobDefinition[];
  /** Identifies this process in claims (host and pid in production). */
  workerId: string;
  leaseMs?: number;
  /** How far back missed slots are looked for at start. */
  catchUpWindowMs?: number;
}

export interface Scheduler {
  /** Catches up missed slots, then schedules every job of every tenant with node-cron. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Runs a job now, outside the schedule, under its own slot key (`manual:…`). */
  runNow(jobName: string, tenantSlug: string): Promise<{ slotKey: string; ran: boolean }>;
  /** Runs one slot if this process wins its claim. */
  runSlot(job: JobDefinition, tenant: Tenant, slotTime: Date, key: string): Promise<boolean>;
  catchUp(): Promise<number>;
}

const WEEK_MS = 7 * 24 * 3600_000;

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { db, clock, logger, jobs, workerId } = options;
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const tasks: ScheduledTask[] = [];
  const inFlight = new Set<Promise<unknown>>();

  async function tenants() {
    const rows = await db.tenant.findMany({ orderBy: { slug: 'asc' } });
    return rows.map((row) => ({
      tenant: { id: row.id, slug: row.slug, name: row.name, locale: isLocale(row.locale) ? row.locale : 'de', timeZone: row.timeZone } as Tenant,
      policy: row.policy,
    }));
  }

  /** A tenant's schedule; an invalid custom one is logged and replaced by the default. */
  function cronFor(policy: unknown, job: JobDefinition, tenant: Tenant): string {
    try {
      return scheduleFor(policy, job.name);
    } catch (error) {
      logger.error({ err: error, tenant: tenant.slug, job: job.name }, 'invalid schedule in the tenant policy, using the default');
      return DEFAULT_SCHEDULES[job.name];
    }
  }

  async function runSlot(job: JobDefinition, tenant: Tenant, slotTime: Date, key: string): Promise<boolean> {
    const ref = { tenantId: tenant.id, job: job.name, slot: key };
    const log = logger.child({ job: job.name, tenant: tenant.slug, slot: key });
    if (!(await claimSlot(db, ref, workerId, clock.now(), leaseMs))) {
      log.debug('slot claimed by another worker');
      return false;
    }
    try {
      await job.run({ db, tenant, slotTime, slotKey: key, now: clock.now(), logger: log });
      await finishSlot(db, ref, workerId, clock.now());
      log.info('job run done');
    } catch (error) {
      log.error({ err: error }, 'job run failed');
      await finishSlot(db, ref, workerId, clock.now(), error);
    }
    return true;
  }

  async function catchUp(): Promise<number> {
    const now = clock.now();
    let ran = 0;
    for (const { tenant, policy } of await tenants()) {
      for (const job of jobs) {
        const cronExpression = cronFor(policy, job, tenant);
        const missed = slotsBetween(cronExpression, tenant.timeZone, new Date(now.getTime() - (options.catchUpWindowMs ?? WEEK_MS)), now);
        const keys = missed.map((slot) => slotKey(slot, tenant.timeZone));
        const done = await db.jobRun.findMany({ where: { tenantId: tenant.id, job: job.name, slot: { in: keys }, status: 'done' }, select: { slot: true } });
        const doneKeys = new Set(done.map((d) => d.slot));
        // Slots after the last completed one count as missed; older ones were superseded.
        const lastDone = keys.findLastIndex((k) => doneKeys.has(k));
        for (const slot of job.catchUp(missed.slice(lastDone + 1))) {
          if (await runSlot(job, tenant, slot, slotKey(slot, tenant.timeZone))) ran++;
        }
      }
    }
    return ran;
  }

  function track<T>(promise: Promise<T>): Promise<T> {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise));
    return promise;
  }

  return {
    runSlot,
    catchUp,
    async start() {
      await catchUp();
      for (const { tenant, policy } of await tenants()) {
        for (const job of jobs) {
          const expression = cronFor(policy, job, tenant);
          const fire = (slot: Date) => {
            void track(runSlot(job, tenant, slot, slotKey(slot, tenant.timeZone))).catch((error) => logger.error({ err: error }, 'scheduled run failed'));
          };
          const task = cron.schedule(expression, (context) => fire(context.date), { timezone: tenant.timeZone, name: `${job.name}:${tenant.slug}` });
          // The event loop stalled over the slot time (node-cron skips a tick more than a second late): run it now, not only at the next start.
          task.on('execution:missed', (context) => {
            logger.warn({ job: job.name, tenant: tenant.slug, slot: slotKey(context.date, tenant.timeZone) }, 'slot missed while stalled, running it now');
            fire(context.date);
          });
          tasks.push(task);
        }
      }
      logger.info({ tasks: tasks.length }, 'scheduler started');
    },
    async stop() {
      for (const task of tasks.splice(0)) await task.destroy();
      await Promise.allSettled([...inFlight]);
    },
    async runNow(jobName, tenantSlug) {
      const job = jobs.find((j) => j.name === jobName);
      const entry = (await tenants()).find((t) => t.tenant.slug === tenantSlug);
      if (!job || !entry) throw new Error(`Unknown job "${jobName}" or tenant "${tenantSlug}"`);
      const now = clock.now();
      const key = `${MANUAL_SLOT_PREFIX}${now.toISOString()}`;
      return { slotKey: key, ran: await runSlot(job, entry.tenant, now, key) };
    },
  };
}
