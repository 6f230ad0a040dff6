import { beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, InvalidInputError } from '../../src/domain/errors';
import { parsePeriod } from '../../src/domain/period';
import { recordKpiValue } from '../../src/usecases/kpis/recordKpiValue';
import { providers, type TestDatabase } from '../support/databases';
import { contextFor, useSmallTown, type SmallTown } from '../support/fixtures';

const now = new Date('2026-11-20T10:00:00Z');

// Issue 10, item 5: a value without a period never overwrites one; a typed unit must be the KPI's.
describe.each(providers)('recording a KPI value as typed, on %s', (provider) => {
  const fixture = useSmallTown(provider, now);
  let h: TestDatabase;
  let town: SmallTown;
  beforeEach(() => ({ h, town } = fixture));

  const stored = async () => (await h.db.kpiValue.findUniqueOrThrow({ where: { kpiId_period: { kpiId: town.co2.id, period: '2025' } } })).value.toString();

  it('refuses to correct the default period\'s value without a period, and corrects it with one', async () => {
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now);
    await recordKpiValue(ctx, { kpiCode: 'CO2-1', value: '6.1' });
    await expect(recordKpiValue(ctx, { kpiCode: 'CO2-1', value: '7', note: '31.12.2024' })).rejects.toMatchObject({
      constructor: ConflictError,
      messageKey: 'kpis:correctionNeedsPeriod',
      params: { code: 'CO2-1', period: '2025', previous: '6,1', value: '7', unit: 't' },
    });
    expect(await stored()).toBe('6.1');
    expect(await h.db.kpiValueRevision.count()).toBe(1);
    const corrected = await recordKpiValue(ctx, { kpiCode: 'CO2-1', value: '7', period: parsePeriod('2025') });
    expect(corrected.previous?.value).toBe('6.1');
    expect(await stored()).toBe('7');
  });

  it('says nothing changed when the default period already has the same value', async () => {
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now);
    await recordKpiValue(ctx, { kpiCode: 'CO2-1', value: '6.1' });
    expect(await recordKpiValue(ctx, { kpiCode: 'CO2-1', value: '6.10' })).toMatchObject({ unchanged: true });
  });

  it('accepts the KPI\'s own unit and refuses another one without storing anything', async () => {
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now);
    await expect(recordKpiValue(ctx, { kpiCode: 'CO2-1', value: '5900', unit: 'kg', period: parsePeriod('2024') })).rejects.toMatchObject({
      constructor: InvalidInputError,
      messageKey: 'kpis:wrongUnit',
      params: { code: 'CO2-1', unit: 'kg', expected: 't' },
    });
    expect(await h.db.kpiValue.count()).toBe(0);
    await recordKpiValue(ctx, { kpiCode: 'CO2-1', value: '5.9', unit: 'T', period: parsePeriod('2024') });
    await recordKpiValue(ctx, { kpiCode: 'MOB-1', value: '18.4', unit: 'Prozent', period: parsePeriod('2026-Q2') });
    expect(await h.db.kpiValue.count()).toBe(2);
  });
});
