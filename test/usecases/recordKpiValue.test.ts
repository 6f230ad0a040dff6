import { beforeEach, describe, expect, it } from 'vitest';
import { ForbiddenError, InvalidInputError } from '../../src/domain/errors';
import { parsePeriod } from '../../src/domain/period';
import { recordKpiValue } from '../../src/usecases/kpis/recordKpiValue';
import { providers, type TestDatabase } from '../support/databases';
import { contextFor, useSmallTown, type SmallTown } from '../support/fixtures';

const now = new Date('2026-11-20T10:00:00Z');

describe.each(providers)('recordKpiValue on %s', (provider) => {
  const fixture = useSmallTown(provider, now);
  let h: TestDatabase;
  let town: SmallTown;
  beforeEach(() => ({ h, town } = fixture));

  it('records a value for the latest due period when none is given, exactly', async () => {
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now);
    const result = await recordKpiValue(ctx, { kpiCode: 'CO2-1', value: '6.123456789' });
    expect(result.period).toBe('2025');
    const row = await h.db.kpiValue.findUniqueOrThrow({ where: { kpiId_period: { kpiId: town.co2.id, period: '2025' } } });
    expect(row.value.toString()).toBe('6.123456789');
    expect(row.periodEnd.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(await h.db.kpiValueRevision.count()).toBe(1);
    expect(await h.db.auditLog.count({ where: { action: 'kpi.value_recorded' } })).toBe(1);
  });

  it('keeps the earlier value in the history on a correction', async () => {
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now);
    await recordKpiValue(ctx, { kpiCode: 'MOB-1', value: '12.5', period: parsePeriod('2026-Q2') });
    const later = { ...ctx, now: new Date(now.getTime() + 3_600_000) };
    const corrected = await recordKpiValue(later, { kpiCode: 'MOB-1', value: '13', period: parsePeriod('Q2/2026'), note: 'Zulassungsdaten nachgeliefert' });
    expect(corrected.previous?.value).toBe('12.5');
    const value = await h.db.kpiValue.findUniqueOrThrow({ where: { kpiId_period: { kpiId: town.mob.id, period: '2026-Q2' } }, include: { revisions: { orderBy: { revision: 'asc' } } } });
    expect(value.value.toString()).toBe('13');
    expect(value.revision).toBe(2);
    expect(value.revisions.map((r) => [r.revision, r.value.toString(), r.note])).toEqual([
      [1, '12.5', null],
      [2, '13', 'Zulassungsdaten nachgeliefert'],
    ]);
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: 'kpi.value_corrected' } });
    expect(audit.before).toEqual({ period: '2026-Q2', value: '12.5' });
  });

  it('does nothing when the same value is recorded again', async () => {
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now);
    await recordKpiValue(ctx, { kpiCode: 'CO2-1', value: '6.5', period: parsePeriod('2024') });
    const again = await recordKpiValue(ctx, { kpiCode: 'CO2-1', value: '6.50', period: parsePeriod('2024') });
    expect(again.unchanged).toBe(true);
    expect(await h.db.kpiValueRevision.count()).toBe(1);
  });

  it('refuses a period of the wrong frequency, a future period, and an outsider', async () => {
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now);
    await expect(recordKpiValue(ctx, { kpiCode: 'CO2-1', value: '1', period: parsePeriod('2026-Q1') })).rejects.toMatchObject({
      constructor: InvalidInputError,
      messageKey: 'kpis:periodNeeds_yearly',
      params: { code: 'CO2-1', period: '2026-Q1', example: '2025' },
    });
    await expect(recordKpiValue(ctx, { kpiCode: 'MOB-1', value: '1', period: parsePeriod('2027-Q1') })).rejects.toMatchObject({ messageKey: 'kpis:periodInFuture', params: { period: '2027-Q1' } });
    const outsider = await contextFor(h.db, 'klein', 'olga@klein.de', now);
    await expect(recordKpiValue(outsider, { kpiCode: 'CO2-1', value: '1' })).rejects.toMatchObject({ constructor: ForbiddenError, messageKey: 'kpis:notYourTeam' });
    await expect(recordKpiValue(ctx, { kpiCode: 'CO2-2', value: '1' })).rejects.toMatchObject({ messageKey: 'kpis:unknownWithSuggestion', params: { suggestion: 'CO2-1' } });
    expect(await h.db.kpiValue.count()).toBe(0);
  });

  it('keeps every one of concurrent recordings as a revision', async () => {
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now);
    const values = ['1.1', '1.2', '1.3', '1.4', '1.5'];
    await Promise.all(values.map((value) => recordKpiValue(ctx, { kpiCode: 'CO2-1', value, period: parsePeriod('2025') })));
    const revisions = await h.db.kpiValueRevision.findMany({ orderBy: { revision: 'asc' } });
    expect(revisions.map((r) => r.revision)).toEqual([1, 2, 3, 4, 5]);
    expect(revisions.map((r) => r.value.toString()).sort()).toEqual(values);
    const current = await h.db.kpiValue.findFirstOrThrow();
    expect(current.value.toString()).toBe(revisions.at(-1)!.value.toString());
  });
});
