import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/client';
import { resolveDatabaseTarget } from '../../src/db/databaseUrl';
import { isDatabaseUnavailable } from '../../src/db/errors';
import { logProgress } from '../../src/usecases/measures/logProgress';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { contextFor, seedSmallTown } from '../support/fixtures';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy';

const now = new Date('2026-11-20T10:00:00Z');

/**
 * A bot cut off from PostgreSQL in the middle of a booking (network black hole): its transaction
 * stayed open on the server with the measure's row lock, and every later booking of that measure —
 * another replica's, the next start's — waited for it for hours (until TCP keepalive). Seen in the
 * fault run behind issue 16 item 5; the server now ends such a session after ORPHANED_TRANSACTION_MS.
 */
describe.skipIf(!providers.includes('postgresql'))('a transaction of a bot cut off from PostgreSQL', () => {
  let h: TestDatabase | undefined;
  let proxy: TcpProxy | undefined;
  let cutOff: Db | undefined;
  let release: () => void = () => undefined;
  afterEach(async () => {
    await proxy?.close();
    release();
    // Its connections were cut: nothing to wait for.
    void cutOff?.$disconnect().catch(() => undefined);
    await h?.drop();
    h = proxy = cutOff = undefined;
  });

  it('is ended by the server, so the measure can be booked again', async () => {
    h = await freshDatabase('postgresql');
    const town = await seedSmallTown(h.db, now);
    const direct = new URL(h.target.url);
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const viaProxy = new URL(direct);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    cutOff = createDb(resolveDatabaseTarget(viaProxy.toString()));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const held = new Promise<void>((resolve) => (release = resolve));
    void cutOff
      .$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "Measure" WHERE "id" = ${town.m1.id} FOR UPDATE`;
        locked();
        await held;
      }, { timeout: 600_000 })
      .catch(() => undefined);
    await lockTaken;
    proxy.blackHole();

    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now);
    // Before: this waited on the orphaned row lock until the test's timeout. Now an attempt may run
    // out of its transaction's time while the lock is still held, and is tried again as the inbox worker does.
    let booked: Awaited<ReturnType<typeof logProgress>> | undefined;
    while (!booked) {
      booked = await logProgress(ctx, { measureCode: 'M-1', percent: 55, note: 'nach dem Ausfall' }).catch((error: unknown) => {
        if (isDatabaseUnavailable(error)) return undefined;
        throw error;
      });
    }
    expect(booked.after.percent).toBe(55);
    expect(await h.db.measureProgress.count({ where: { measureId: town.m1.id } })).toBe(1);
  }, 120_000);
});
