import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SLACK_LIMITS } from '../../adapters/slack/limits';
import { fixedClock } from '../../src/clock';
import { createDeliveryWorker } from '../../src/outbox/deliveryWorker';
import { createReportJob } from '../../src/reports/inYear/reportJob';
import { createScheduler } from '../../src/scheduler/scheduler';
import { FakeSlackChannels, pngIn } from '../outbox/fakeSlackChannels';
import { slackPortFor, WORKSPACE } from '../outbox/support';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { capturingLogger } from '../support/logs';
import { seedReportTown } from './reportTown';

const reportJob = createReportJob([{ platform: 'slack', limits: SLACK_LIMITS }]);
/** 09:00 in Berlin on a day of October 2026. */
const morning = (day: number) => new Date(`2026-10-${String(day).padStart(2, '0')}T07:00:00Z`);

describe.each(providers)('the in-year report job on %s', (provider) => {
  let h: TestDatabase;
  let town: Awaited<ReturnType<typeof seedReportTown>>;
  beforeEach(async () => {
    h = await freshDatabase(provider);
    town = await seedReportTown(h.db);
    for (const [conversationId, actionFieldId] of [['CALL', ''], ['CKLI', town.team.actionFieldId]] as const) {
      await h.db.channelSubscription.create({ data: { tenantId: town.tenant.id, platform: 'slack', workspaceId: WORKSPACE, conversationId, kind: 'report', actionFieldId, createdById: town.lea.id } });
    }
  });
  afterEach(async () => h.drop());

  const scheduler = (at: Date, workerId = 'replica-a') =>
    createScheduler({ db: h.db, clock: fixedClock(at), logger: capturingLogger().logger, jobs: [reportJob], workerId });
  const postsPerChannel = async () => {
    const rows = await h.db.outboxMessage.findMany({ where: { kind: 'report' }, select: { conversationId: true, dedupeKey: true } });
    return rows.reduce<Record<string, string[]>>((acc, r) => ({ ...acc, [r.conversationId]: [...(acc[r.conversationId] ?? []), r.dedupeKey].sort() }), {});
  };

  it('posts each period once per channel across two replicas and later runs, with its charts', async () => {
    const slot = morning(7);
    await Promise.all([scheduler(slot, 'replica-a').runSlot(reportJob, town.tenant, slot, '2026-10-07T09:00'), scheduler(slot, 'replica-b').runSlot(reportJob, town.tenant, slot, '2026-10-07T09:00')]);
    const first = await postsPerChannel();
    expect(Object.keys(first).sort()).toEqual(['CALL', 'CKLI']);
    expect(first.CALL!.every((k) => k.startsWith('report:2026-Q3:'))).toBe(true);
    expect(first.CALL!.length).toBe(3); // summary, KLI, alerts and decisions
    // The next morning both replicas run again: nothing new for the period.
    await Promise.all([scheduler(morning(8), 'replica-a').runSlot(reportJob, town.tenant, morning(8), '2026-10-08T09:00'), scheduler(morning(8), 'replica-b').runSlot(reportJob, town.tenant, morning(8), '2026-10-08T09:00')]);
    expect(await postsPerChannel()).toEqual(first);
    expect(await h.db.reportSnapshot.count()).toBe(2); // the whole town and KLI
    // Charts: budget execution and two KPIs, stored once per scope.
    expect(await h.db.messageImage.count()).toBe(6);
  });

  it('does not post before the draft day', async () => {
    await scheduler(morning(6)).runSlot(reportJob, town.tenant, morning(6), '2026-10-06T09:00');
    const keys = Object.values(await postsPerChannel()).flat();
    expect(keys.some((k) => k.includes('2026-Q3'))).toBe(false);
  });

  it('catches up after downtime over the draft day, and leaves a report more than a week late to a manual run', async () => {
    await scheduler(new Date('2026-10-09T10:00:00Z')).catchUp();
    expect(Object.values(await postsPerChannel()).flat().filter((k) => k.startsWith('report:2026-Q3:')).length).toBe(6);
    await h.db.outboxMessage.deleteMany();
    await h.db.jobRun.deleteMany();
    await scheduler(morning(20)).runSlot(reportJob, town.tenant, morning(20), '2026-10-20T09:00');
    expect(await h.db.outboxMessage.count()).toBe(0);
    const { slotKey } = await scheduler(morning(20)).runNow('report', 'klein');
    expect(await h.db.outboxMessage.count({ where: { dedupeKey: { startsWith: `report:${slotKey}:2026-Q3:` } } })).toBe(6);
  });

  it('delivers a manual run to Slack with its charts uploaded through files.uploadV2', async () => {
    const fake = new FakeSlackChannels();
    await fake.start();
    try {
      const clock = fixedClock(morning(20));
      fake.now = () => clock.now().getTime();
      await createScheduler({ db: h.db, clock, logger: capturingLogger().logger, jobs: [reportJob], workerId: 'w' }).runNow('report', 'klein');
      const worker = createDeliveryWorker({ db: h.db, clock, logger: capturingLogger().logger, ports: [slackPortFor(fake)] });
      while ((await h.db.outboxMessage.count({ where: { status: { not: 'sent' } } })) > 0) {
        clock.set(new Date(clock.now().getTime() + 2000));
        await worker.runOnce();
      }
      const posts = fake.postsTo('CALL');
      expect(posts[0]!.text).toContain('Unterjähriger Bericht Q3/2026 – Kleinstadt');
      const files = JSON.stringify(posts.map((p) => p.blocks)).match(/"slack_file":\{"id":"F\d+"\}/g) ?? [];
      expect(files.length).toBe(3);
      // Each channel's charts are uploaded with its post: 3 for the whole town, 3 for KLI.
      expect(fake.uploads).toHaveLength(6);
      for (const upload of fake.uploads) {
        expect(upload.completed).toBe(true);
        const png = pngIn(upload.body)!;
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 400]);
      }
      expect(fake.uploads.map((u) => u.altText).join('\n')).toContain('CO2-1 CO₂-Emissionen je Einwohner 2025');
    } finally {
      await fake.stop();
    }
  });
});
