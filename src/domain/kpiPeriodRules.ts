import { InvalidInputError } from './errors';
import { isFuturePeriod, latestDuePeriod, periodKey, type Frequency, type Period } from './period';

const EXAMPLE: Record<Frequency, Period> = {
  yearly: { frequency: 'yearly', year: 2025, index: 1 },
  quarterly: { frequency: 'quarterly', year: 2025, index: 3 },
  monthly: { frequency: 'monthly', year: 2025, index: 9 },
};

/** The period a KPI value is recorded for: the one given, checked against the KPI, or the latest due. */
export function periodForValue(kpi: { code: string; frequency: Frequency }, given: Period | undefined, now: Date, zone: string): Period {
  if (!given) return latestDuePeriod(kpi.frequency, now, zone);
  if (given.frequency !== kpi.frequency) {
    throw new InvalidInputError(`kpis:periodNeeds_${kpi.frequency}`, {
      code: kpi.code,
      period: periodKey(given),
      example: periodKey({ ...EXAMPLE[kpi.frequency], year: latestDuePeriod('yearly', now, zone).year }),
    });
  }
  if (isFuturePeriod(given, now, zone)) throw new InvalidInputError('kpis:periodInFuture', { period: periodKey(given) });
  return given;
}
