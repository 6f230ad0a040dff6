import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/client';
import { parsePeriod } from '../../src/domain/period';
import { recordKpiValue } from '../../src/usecases/kpis/recordKpiValue';
import { providers } from '../support/databases';
import { contextFor, useSmallTown } from '../support/fixtures';

const now = new Date('2026-11-20T10:00:00Z');

describe.each(providers)('concurrent values of one KPI on %s', (provider) => {
  const fixture = useSmallTown(provider, now);
  let replica: Db | undefined;
  afterEach(async () => {
    await replica?.$disconnect();
    replica = undefined;
  });

  it('books every value of two replicas with four slots each, none answered "busy"', async () => {
    const { h, town } = fixture;
    // SQLite: a second process's connection; in this one thread its synchronous wait for the write lock would block the first.
    replica = provider === 'postgresql' ? createDb(h.target) : undefined;
    const requests = Array.from({ length: 80 }, (_, i) => i);
    const failures: string[] = [];
    // As the inbox workers run them: 4 at a time per process, two processes, all for the same KPI and period.
    const lane = async (db: Db) => {
      const ctx = await contextFor(db, 'klein', 'max@klein.de', now);
      for (let i = requests.shift(); i !== undefined; i = requests.shift()) {
        const request = { ...ctx, requestId: `r${i}`, deliveryKey: { platform: 'test', key: `k${i}` } };
        await recordKpiValue(request, { kpiCode: 'CO2-1', value: i % 2 === 0 ? '6.1' : '6.2', period: parsePeriod('2025'), note: `Stand ${i}` }).catch(
          (error: unknown) => failures.push(String(error)),
        );
      }
    };
    await Promise.all([h.db, replica ?? h.db].flatMap((db) => [1, 2, 3, 4].map(() => lane(db))));
    // Before (PostgreSQL): revision conflicts used up the retries and values were answered "wird gerade geändert".
    expect(failures).toEqual([]);
    const value = await h.db.kpiValue.findUniqueOrThrow({ where: { kpiId_period: { kpiId: town.co2.id, period: '2025' } } });
    expect(value.revision).toBe(80);
    expect(await h.db.kpiValueRevision.count({ where: { kpiValueId: value.id } })).toBe(80);
    expect(await h.db.processedEvent.count()).toBe(80);
  }, 120_000);
});
