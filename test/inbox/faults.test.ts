import Database from 'better-sqlite3';
import { createPlatformStores } from '../../src/platform/stores';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpServer } from '../../adapters/http/server';
import { fixedClock } from '../../src/clock';
import { createDb, type Db } from '../../src/db/client';
import { InboxWorker } from '../../src/inbox/inboxWorker';
import { InboxWriter } from '../../src/inbox/inboxWriter';
import { createLogger } from '../../src/logger';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { seedSmallTown } from '../support/fixtures';
import { capturingLogger } from '../support/logs';
import { waitFor } from '../support/waitFor';

const logger = createLogger('silent');

let dbh: TestDatabase | undefined;
let workerDb: Db | undefined;
let outside: Database.Database | undefined;
let worker: InboxWorker | undefined;
let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close();
  await worker?.stop();
  outside?.close();
  await workerDb?.$disconnect();
  await dbh?.drop();
  dbh = workerDb = outside = worker = server = undefined;
});

describe('the inbox worker on SQLite', () => {
  it('keeps working off requests after an outside write lock outlasted its wait', async () => {
    dbh = await freshDatabase('sqlite');
    const { tenant } = await seedSmallTown(dbh.db, new Date());
    await dbh.db.inboundRequest.createMany({ data: ['a', 'b', 'c'].map((deliveryKey) => ({ tenantId: tenant.id, platform: 'test', deliveryKey, payload: {} })) });
    // The worker's own client waits 50 ms for the write lock (the bot: 10 s); another process holds it until released.
    workerDb = createDb(dbh.target, { busyTimeoutMs: 50 });
    expect(await workerDb.inboundRequest.count()).toBe(3);
    outside = new Database(dbh.target.file!);
    outside.exec('BEGIN IMMEDIATE');
    const log = capturingLogger('error');
    const handled: string[] = [];
    worker = new InboxWorker({ db: workerDb, logger: log.logger, platform: 'test', pollMs: 10, handle: async (row) => void handled.push(row.deliveryKey) });
    worker.start();
    await waitFor(() => log.lines().some((l) => l.msg === 'inbox: claiming requests failed'), 'a claim refused by the lock');
    outside.exec('COMMIT');
    // Before: the failed BEGIN kept the driver's transaction mutex and the worker never took a row again.
    await waitFor(async () => (await dbh!.db.inboundRequest.count({ where: { status: 'done' } })) === 3, 'all requests worked off after the lock');
    expect(handled.sort()).toEqual(['a', 'b', 'c']);
  });


  it('refuses to store within Slack\'s limit while another process holds the write lock, without freezing the listener', async () => {
    dbh = await freshDatabase('sqlite');
    const { tenant } = await seedSmallTown(dbh.db, new Date());
    const writer = new InboxWriter(dbh.db);
    expect(await writer.store({ tenantId: tenant.id, platform: 'test', deliveryKey: 'before', payload: {} })).toBe('stored');
    outside = new Database(dbh.target.file!);
    outside.exec('BEGIN IMMEDIATE');
    const order: string[] = [];
    const stored = writer.store({ tenantId: tenant.id, platform: 'test', deliveryKey: 'locked', payload: {} });
    const settled = stored.then(
      () => order.push('stored'),
      () => order.push('refused'),
    );
    // Anything else the listener has to do (a health check, another request) goes on meanwhile.
    const other = new Promise<void>((resolve) => setTimeout(() => resolve(void order.push('other work')), 100));
    await Promise.all([settled, other]);
    // Before: the insert waited synchronously for the lock (10 s), the event loop stood still, and then it failed.
    expect(order).toEqual(['other work', 'refused']);
    outside.exec('COMMIT');
    expect(await writer.store({ tenantId: tenant.id, platform: 'test', deliveryKey: 'after', payload: {} })).toBe('stored');
    await writer.close();
    expect((await dbh.db.inboundRequest.findMany({ orderBy: { receivedAt: 'asc' } })).map((r) => r.deliveryKey).sort()).toEqual(['after', 'before']);
  });
});

describe.each(providers)('the inbox under faults (%s)', (provider) => {
  it('reports a stalled inbox on /healthz: requests waiting over two minutes while none is finished', async () => {
    dbh = await freshDatabase(provider);
    const clock = fixedClock('2026-03-10T10:00:00Z');
    const { tenant } = await seedSmallTown(dbh.db, clock.now());
    const minutesAgo = (m: number) => new Date(clock.now().getTime() - m * 60_000);
    server = await startHttpServer({ port: 0, host: '127.0.0.1', stores: createPlatformStores(dbh.db, clock), logger, mounts: [], clock });
    const health = async () => {
      const res = await fetch(`${server!.url}/healthz`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    // A young request waiting, and an old one finished an hour ago: worked off as far as anyone can tell.
    await dbh.db.inboundRequest.createMany({
      data: [
        { tenantId: tenant.id, platform: 'test', deliveryKey: 'young', payload: {}, receivedAt: minutesAgo(1) },
        { tenantId: tenant.id, platform: 'test', deliveryKey: 'earlier', payload: {}, receivedAt: minutesAgo(61), status: 'done', processedAt: minutesAgo(60) },
      ],
    });
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', database: 'ok', inbox: 'ok' } });

    await dbh.db.inboundRequest.create({ data: { tenantId: tenant.id, platform: 'test', deliveryKey: 'old', payload: {}, receivedAt: minutesAgo(3) } });
    expect(await health()).toEqual({ status: 503, body: { status: 'unavailable', database: 'ok', inbox: 'stalled', oldestWaitingSince: minutesAgo(3).toISOString() } });

    // A worker that finishes requests (a long backlog worked off) is not stalled.
    await dbh.db.inboundRequest.update({ where: { tenantId_platform_deliveryKey: { tenantId: tenant.id, platform: 'test', deliveryKey: 'young' } }, data: { status: 'done', processedAt: minutesAgo(0.5) } });
    expect((await health()).status).toBe(200);
  });
});
