import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/client';
import { logProgress } from '../../src/usecases/measures/logProgress';
import { providers } from '../support/databases';
import { contextFor, useSmallTown } from '../support/fixtures';

const now = new Date('2026-11-20T10:00:00Z');

describe.each(providers)('concurrent progress of one measure on %s', (provider) => {
  const fixture = useSmallTown(provider, now);
  let replica: Db | undefined;
  afterEach(async () => {
    await replica?.$disconnect();
    replica = undefined;
  });

  it('books every booking of two replicas with four slots each, none answered "busy"', async () => {
    const { h, town } = fixture;
    // SQLite: a second process's connection; in this one thread its synchronous wait for the write lock would block the first.
    replica = provider === 'postgresql' ? createDb(h.target) : undefined;
    const requests = Array.from({ length: 80 }, (_, i) => i);
    const failures: string[] = [];
    // As the inbox workers run them: 4 at a time per process, two processes, all for the same measure.
    const lane = async (db: Db) => {
      const ctx = await contextFor(db, 'klein', 'max@klein.de', now);
      for (let i = requests.shift(); i !== undefined; i = requests.shift()) {
        await logProgress({ ...ctx, requestId: `r${i}`, deliveryKey: { platform: 'test', key: `k${i}` } }, { measureCode: 'M-1', percent: i % 2 === 0 ? 50 : 60, note: `Stand ${i}` }).catch((error: unknown) =>
          failures.push(String(error)),
        );
      }
    };
    await Promise.all([h.db, replica ?? h.db].flatMap((db) => [1, 2, 3, 4].map(() => lane(db))));
    // Before (PostgreSQL): version conflicts used up the retries and bookings were answered "wird gerade geändert".
    expect(failures).toEqual([]);
    expect(await h.db.measureProgress.count({ where: { measureId: town.m1.id } })).toBe(80);
    expect((await h.db.measure.findUniqueOrThrow({ where: { id: town.m1.id } })).version).toBe(80);
  }, 120_000);
});
