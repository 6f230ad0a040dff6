import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { InboxWorker, type InboundRow } from '../../src/inbox/inboxWorker';
import { InboxWriter } from '../../src/inbox/inboxWriter';
import { createLogger } from '../../src/logger';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { seedSmallTown } from '../support/fixtures';
import { waitFor } from '../support/waitFor';

const logger = createLogger('silent');

describe.each(providers)('durable inbox (%s)', (provider) => {
  let dbh: TestDatabase | undefined;
  afterEach(async () => {
    await dbh?.drop();
    dbh = undefined;
  });

  it('stores concurrent requests in group commits and a retried delivery once', async () => {
    dbh = await freshDatabase(provider);
    const { tenant } = await seedSmallTown(dbh.db, new Date());
    const writer = new InboxWriter(dbh.db);
    const item = (key: string) => ({ tenantId: tenant.id, platform: 'test', deliveryKey: key, payload: { key } });
    // k3 and k7 twice in the same batch: the second of each is the duplicate.
    const outcomes = await Promise.all([...Array.from({ length: 30 }, (_, i) => writer.store(item(`k${i}`))), writer.store(item('k3')), writer.store(item('k7'))]);
    expect(outcomes.slice(0, 30).every((o) => o === 'stored')).toBe(true);
    expect(outcomes.slice(30)).toEqual(['duplicate', 'duplicate']);
    expect(await writer.store(item('k0'))).toBe('duplicate');
    await writer.close();
    expect(await dbh.db.inboundRequest.count()).toBe(30);
  });

  it('writes rows (outside Prisma) that Prisma and the worker read as their own: payload, time and order', async () => {
    dbh = await freshDatabase(provider);
    const { tenant } = await seedSmallTown(dbh.db, new Date());
    const times = [new Date('2026-03-29T00:59:59.123Z'), new Date('2026-03-29T01:00:00.456Z')];
    const writer = new InboxWriter(dbh.db, undefined, () => times.shift()!);
    const payload = { text: 'fortschritt M-1 40 „Straße“ – 50 %', nested: { n: 1, list: [true, null] } };
    expect(await writer.store({ tenantId: tenant.id, platform: 'test', deliveryKey: 'first', payload })).toBe('stored');
    expect(await writer.store({ tenantId: tenant.id, platform: 'test', deliveryKey: 'second', payload: { n: 2 } })).toBe('stored');
    await writer.close();
    const stored = await dbh.db.inboundRequest.findMany({ where: { receivedAt: { gte: new Date('2026-03-29T01:00:00.000Z') } } });
    expect(stored.map((r) => r.deliveryKey)).toEqual(['second']);
    const seen: InboundRow[] = [];
    const worker = new InboxWorker({ db: dbh.db, logger, platform: 'test', handle: async (row) => void seen.push(row) });
    worker.start();
    await worker.drained();
    await worker.stop();
    expect(seen.map((r) => r.deliveryKey)).toEqual(['first', 'second']);
    expect(seen[0]).toMatchObject({ tenantId: tenant.id, payload, receivedAt: new Date('2026-03-29T00:59:59.123Z'), attempts: 1 });
  });

  it('leaves young requests for later while deferring, takes them once they are old or deferring ends', async () => {
    dbh = await freshDatabase(provider);
    const clock = fixedClock('2026-03-10T10:00:00Z');
    const { tenant } = await seedSmallTown(dbh.db, clock.now());
    const at = (secondsAgo: number) => new Date(clock.now().getTime() - secondsAgo * 1000);
    const row = (deliveryKey: string, secondsAgo: number) => ({ tenantId: tenant.id, platform: 'test', deliveryKey, payload: {}, receivedAt: at(secondsAgo) });
    await dbh.db.inboundRequest.createMany({ data: [row('old', 60), row('young', 0)] });
    let saturated = true;
    const handled: string[] = [];
    const worker = new InboxWorker({ db: dbh.db, logger, clock, platform: 'test', pollMs: 10, maxDeferMs: 30_000, deferWhile: () => saturated, handle: async (r) => void handled.push(r.deliveryKey) });
    worker.start();
    // Both rows were stored before the worker looked: the query that took the old one left the young one.
    await waitFor(() => handled.length > 0, 'the old request handled');
    expect(handled).toEqual(['old']);
    expect(await dbh.db.inboundRequest.findFirstOrThrow({ where: { deliveryKey: 'young' } })).toMatchObject({ status: 'pending', attempts: 0 });

    clock.set(at(-31)); // still deferring, but the young request is now older than maxDeferMs
    await waitFor(() => handled.length > 1, 'the young request handled once old');
    expect(handled).toEqual(['old', 'young']);

    await dbh.db.inboundRequest.create({ data: row('after', 0) });
    saturated = false;
    worker.wake();
    await worker.drained();
    await worker.stop();
    expect(handled).toEqual(['old', 'young', 'after']);
    expect(await dbh.db.inboundRequest.count({ where: { status: 'done' } })).toBe(3);
  });

  it('lets two workers (replicas) process every row exactly once, with bounded concurrency', async () => {
    dbh = await freshDatabase(provider);
    const { tenant } = await seedSmallTown(dbh.db, new Date());
    await dbh.db.inboundRequest.createMany({ data: Array.from({ length: 60 }, (_, i) => ({ tenantId: tenant.id, platform: 'test', deliveryKey: `k${i}`, payload: { i } })) });
    const seen: string[] = [];
    let running = 0;
    let peak = 0;
    const handle = async (row: InboundRow) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 2));
      seen.push(row.deliveryKey);
      running--;
    };
    const workers = [0, 1].map(() => new InboxWorker({ db: dbh!.db, logger, platform: 'test', handle, concurrency: 3, pollMs: 20 }));
    for (const w of workers) w.start();
    await Promise.all(workers.map((w) => w.drained()));
    for (const w of workers) await w.stop();
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    expect(peak).toBeLessThanOrEqual(6);
    expect(await dbh.db.inboundRequest.count({ where: { status: 'done' } })).toBe(60);
  });

  it('takes over a claim whose lease expired, retries a failed request and gives up after the last attempt', async () => {
    dbh = await freshDatabase(provider);
    const clock = fixedClock('2026-03-10T10:00:00Z');
    const { tenant } = await seedSmallTown(dbh.db, clock.now());
    const ago = (ms: number) => new Date(clock.now().getTime() - ms);
    await dbh.db.inboundRequest.createMany({
      data: [
        { tenantId: tenant.id, platform: 'test', deliveryKey: 'stale', payload: {}, receivedAt: ago(120_000), status: 'processing', claimedAt: ago(120_000), claimedBy: 'dead', attempts: 1 },
        { tenantId: tenant.id, platform: 'test', deliveryKey: 'fresh-claim', payload: {}, receivedAt: ago(1000), status: 'processing', claimedAt: ago(1000), claimedBy: 'alive', attempts: 1 },
        { tenantId: tenant.id, platform: 'test', deliveryKey: 'broken', payload: {}, receivedAt: ago(500) },
      ],
    });
    const handled: string[] = [];
    const worker = new InboxWorker({
      db: dbh.db,
      logger,
      clock,
      platform: 'test',
      leaseMs: 60_000,
      maxAttempts: 2,
      handle: async (row) => {
        handled.push(row.deliveryKey);
        if (row.deliveryKey === 'broken') throw new Error('boom');
      },
    });
    const rows = async () => Object.fromEntries((await dbh!.db.inboundRequest.findMany()).map((r) => [r.deliveryKey, r]));
    try {
      worker.start();
      await worker.drained();
      // The expired claim is taken over; the live one is left to its worker; the failure keeps its claim (the back-off).
      let now = await rows();
      expect(now.stale).toMatchObject({ status: 'done', attempts: 2 });
      expect(now['fresh-claim']).toMatchObject({ status: 'processing', claimedBy: 'alive', attempts: 1 });
      expect(now.broken).toMatchObject({ status: 'processing', attempts: 1, error: expect.stringContaining('boom') });
      expect(handled.sort()).toEqual(['broken', 'stale']);

      clock.set(ago(-60_001)); // both leases run out
      worker.wake();
      await worker.drained();
      now = await rows();
      expect(now['fresh-claim']).toMatchObject({ status: 'done', attempts: 2 });
      expect(now.broken).toMatchObject({ status: 'failed', attempts: 2, processedAt: clock.now() });
      expect(now.broken!.error).toContain('boom');
      expect(handled.filter((k) => k === 'broken')).toHaveLength(2);
    } finally {
      await worker.stop();
    }
  });
});
