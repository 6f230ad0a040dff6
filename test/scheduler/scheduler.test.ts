import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedClock, systemClock } from '../../src/clock';
import { digestJob } from '../../src/digest/digestJob';
import type { JobDefinition } from '../../src/scheduler/job';
import { claimSlot } from '../../src/scheduler/jobClaims';
import { createScheduler } from '../../src/scheduler/scheduler';
import type { Tenant } from '../../src/tenancy/tenant';
import { subscribe } from '../outbox/support';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { seedSmallTown } from '../support/fixtures';
import { capturingLogger } from '../support/logs';

const logger = capturingLogger().logger;

/** The digest job, counting how often each slot really ran. */
function countingDigest(runs: string[]): JobDefinition {
  return { ...digestJob, run: async (ctx) => (runs.push(ctx.slotKey), digestJob.run(ctx)) };
}

describe.each(providers)('scheduler on %s', (provider) => {
  let h: TestDatabase;
  let town: Awaited<ReturnType<typeof seedSmallTown>>;
  let tenant: Tenant;
  beforeEach(async () => {
    h = await freshDatabase(provider);
    town = await seedSmallTown(h.db, new Date('2026-11-20T10:00:00Z'));
    tenant = { id: town.tenant.id, slug: 'klein', name: 'Kleinstadt', locale: 'de', timeZone: 'Europe/Berlin' };
    await subscribe(h.db, town.tenant.id, 'CDIGEST', town.lea.id);
  });
  afterEach(async () => h.drop());

  it('two bot instances firing the same schedule run each slot exactly once', async () => {
    await h.db.tenant.update({ where: { id: town.tenant.id }, data: { policy: { schedules: { digest: '* * 0-1,3-23 * * *' } } } });
    const runs: { slot: string; by: string }[] = [];
    const logs = capturingLogger('debug');
    const replica = (workerId: string) => {
      const job: JobDefinition = { ...digestJob, run: async (ctx) => (runs.push({ slot: ctx.slotKey, by: workerId }), digestJob.run(ctx)) };
      return createScheduler({ db: h.db, clock: systemClock, logger: logs.logger, jobs: [job], workerId, catchUpWindowMs: 1 });
    };
    // Three seconds of an every-second schedule, on fake timers: both replicas fire each slot at the same instant.
    vi.useFakeTimers({ now: new Date('2026-11-20T10:00:00.500Z'), toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const [a, b] = [replica('replica-a'), replica('replica-b')];
      await Promise.all([a.start(), b.start()]);
      await vi.advanceTimersByTimeAsync(3_000);
      await Promise.all([a.stop(), b.stop()]);
    } finally {
      vi.useRealTimers();
    }
    const slots = ['2026-11-20T11:00:01', '2026-11-20T11:00:02', '2026-11-20T11:00:03'];
    const jobRuns = await h.db.jobRun.findMany({ where: { job: 'digest' }, orderBy: { slot: 'asc' } });
    expect(jobRuns.map((r) => [r.slot, r.status])).toEqual(slots.map((slot) => [slot, 'done']));
    expect(runs.map((r) => r.slot).sort()).toEqual(slots);
    // Each slot ran where its claim was won, and the other replica tried and stood back.
    expect(runs.map((r) => `${r.slot} ${r.by}`).sort()).toEqual(jobRuns.map((r) => `${r.slot} ${r.claimedBy}`));
    expect(logs.lines().filter((line) => line.msg === 'slot claimed by another worker').map((line) => line.slot).sort()).toEqual(slots);
    expect(await h.db.outboxMessage.count()).toBe(3);
  });

  it('fires at 12:00 local time before and after the spring-forward, with node-cron on an injected clock', async () => {
    const fired: string[] = [];
    const recorder: JobDefinition = { ...digestJob, run: async (ctx) => void fired.push(ctx.slotTime.toISOString()) };
    for (const justBefore of ['2026-03-27T10:59:30Z', '2026-04-03T09:59:30Z']) {
      vi.useFakeTimers({ now: new Date(justBefore), toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
      try {
        const scheduler = createScheduler({ db: h.db, clock: systemClock, logger, jobs: [recorder], workerId: 'w', catchUpWindowMs: 1 });
        await scheduler.start();
        await vi.advanceTimersByTimeAsync(60_000);
        await scheduler.stop();
      } finally {
        vi.useRealTimers();
      }
    }
    expect(fired).toEqual(['2026-03-27T11:00:00.000Z', '2026-04-03T10:00:00.000Z']);
  });

  it('runs a slot the process stalled through at once, not only at the next start', async () => {
    await h.db.jobRun.create({ data: { tenantId: tenant.id, job: 'digest', slot: '2026-11-13T12:00', status: 'done', claimedBy: 'old' } });
    const runs: string[] = [];
    vi.useFakeTimers({ now: new Date('2026-11-20T10:59:30Z'), toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const scheduler = createScheduler({ db: h.db, clock: systemClock, logger, jobs: [countingDigest(runs)], workerId: 'w' });
      await scheduler.start();
      expect(runs).toEqual([]);
      // The event loop is blocked over 12:00 (Berlin): the clock moves on, no timer fires until it is free again.
      vi.setSystemTime(new Date('2026-11-20T11:00:05Z'));
      await vi.advanceTimersByTimeAsync(60_000);
      await scheduler.stop();
    } finally {
      vi.useRealTimers();
    }
    // Before: node-cron logged "missed execution" and the slot waited for the next start.
    expect(runs).toEqual(['2026-11-20T12:00']);
    expect(await h.db.jobRun.findFirstOrThrow({ where: { slot: '2026-11-20T12:00' } })).toMatchObject({ status: 'done' });
    expect(await h.db.outboxMessage.count()).toBe(1);
  });

  it('after a week of downtime catches up with one digest, not several', async () => {
    await h.db.jobRun.create({ data: { tenantId: tenant.id, job: 'digest', slot: '2026-10-30T12:00', status: 'done', claimedBy: 'old' } });
    const runs: string[] = [];
    const scheduler = createScheduler({ db: h.db, clock: fixedClock('2026-11-26T08:00:00Z'), logger, jobs: [countingDigest(runs)], workerId: 'w' });
    expect(await scheduler.catchUp()).toBe(1);
    expect(runs).toEqual(['2026-11-20T12:00']);
    expect(await h.db.outboxMessage.count()).toBe(1);
    expect(await scheduler.catchUp()).toBe(0);
  });

  it('a run whose process died after claiming is taken over after the lease and delivered once', async () => {
    const slot = '2026-11-20T12:00';
    const crashedAt = new Date('2026-11-20T11:00:05Z');
    expect(await claimSlot(h.db, { tenantId: tenant.id, job: 'digest', slot }, 'dead-replica', crashedAt, 600_000)).toBe(true);
    const runs: string[] = [];
    const tooEarly = createScheduler({ db: h.db, clock: fixedClock('2026-11-20T11:05:00Z'), logger, jobs: [countingDigest(runs)], workerId: 'w2' });
    expect(await tooEarly.catchUp()).toBe(0);
    const later = createScheduler({ db: h.db, clock: fixedClock('2026-11-20T11:20:00Z'), logger, jobs: [countingDigest(runs)], workerId: 'w2' });
    expect(await later.catchUp()).toBe(1);
    expect(runs).toEqual([slot]);
    expect(await h.db.jobRun.findFirstOrThrow({ where: { slot } })).toMatchObject({ status: 'done', claimedBy: 'w2' });
    // A second takeover of the same slot (say the first worker wakes up) adds no message.
    await digestJob.run({ db: h.db, tenant, slotTime: new Date('2026-11-20T11:00:00Z'), slotKey: slot, now: new Date('2026-11-20T11:25:00Z'), logger });
    expect(await h.db.outboxMessage.count()).toBe(1);
  });

  it('runs a job on demand under its own key, next to the scheduled slots', async () => {
    const runs: string[] = [];
    const scheduler = createScheduler({ db: h.db, clock: fixedClock('2026-11-26T08:00:00Z'), logger, jobs: [countingDigest(runs)], workerId: 'w' });
    const result = await scheduler.runNow('digest', 'klein');
    expect(result).toEqual({ slotKey: 'manual:2026-11-26T08:00:00.000Z', ran: true });
    expect(await h.db.outboxMessage.findFirstOrThrow()).toMatchObject({ dedupeKey: 'digest:manual:2026-11-26T08:00:00.000Z:' + (await h.db.channelSubscription.findFirstOrThrow()).id + ':0' });
  });
});
