import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/client';
import { parsePeriod } from '../../src/domain/period';
import { recordKpiValue } from '../../src/usecases/kpis/recordKpiValue';
import type { UseCaseContext } from '../../src/usecases/context';
import { logProgress } from '../../src/usecases/measures/logProgress';
import { providers } from '../support/databases';
import { contextFor, useSmallTown } from '../support/fixtures';

const now = new Date('2026-11-20T10:00:00Z');
const BOOKINGS = 80;

describe.each(providers)('concurrent bookings of one measure or KPI on %s', (provider) => {
  const fixture = useSmallTown(provider, now);
  let replica: Db | undefined;
  afterEach(async () => {
    await replica?.$disconnect();
    replica = undefined;
  });

  /** Runs the bookings as the inbox workers do: 4 at a time per process, two processes; returns what failed. */
  async function bookConcurrently(book: (ctx: UseCaseContext, i: number) => Promise<unknown>): Promise<string[]> {
    const { h } = fixture;
    // SQLite: a second process's connection; in this one thread its synchronous wait for the write lock would block the first.
    replica = provider === 'postgresql' ? createDb(h.target) : undefined;
    const requests = Array.from({ length: BOOKINGS }, (_, i) => i);
    const failures: string[] = [];
    const lane = async (db: Db) => {
      const ctx = await contextFor(db, 'klein', 'max@klein.de', now);
      for (let i = requests.shift(); i !== undefined; i = requests.shift()) {
        await book({ ...ctx, requestId: `r${i}`, deliveryKey: { platform: 'test', key: `k${i}` } }, i).catch((error: unknown) => failures.push(String(error)));
      }
    };
    await Promise.all([h.db, replica ?? h.db].flatMap((db) => [1, 2, 3, 4].map(() => lane(db))));
    return failures;
  }

  // Before (PostgreSQL): version conflicts used up the retries and bookings were answered "wird gerade geändert".
  it('books every progress booking of one measure, none answered "busy"', async () => {
    const { h, town } = fixture;
    const failures = await bookConcurrently((ctx, i) => logProgress(ctx, { measureCode: 'M-1', percent: i % 2 === 0 ? 50 : 60, note: `Stand ${i}` }));
    expect(failures).toEqual([]);
    expect(await h.db.measureProgress.count({ where: { measureId: town.m1.id } })).toBe(BOOKINGS);
    expect((await h.db.measure.findUniqueOrThrow({ where: { id: town.m1.id } })).version).toBe(BOOKINGS);
  }, 120_000);

  // Before (both databases): the value was read outside the transaction; revision conflicts ran out the retries.
  it('books every value of one KPI and period, none answered "busy"', async () => {
    const { h, town } = fixture;
    const failures = await bookConcurrently((ctx, i) =>
      recordKpiValue(ctx, { kpiCode: 'CO2-1', value: i % 2 === 0 ? '6.1' : '6.2', period: parsePeriod('2025'), note: `Stand ${i}` }),
    );
    expect(failures).toEqual([]);
    const value = await h.db.kpiValue.findUniqueOrThrow({ where: { kpiId_period: { kpiId: town.co2.id, period: '2025' } } });
    expect(value.revision).toBe(BOOKINGS);
    expect(await h.db.kpiValueRevision.count({ where: { kpiValueId: value.id } })).toBe(BOOKINGS);
    expect(await h.db.processedEvent.count()).toBe(BOOKINGS);
  }, 120_000);
});
