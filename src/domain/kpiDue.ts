import { DateTime } from 'luxon';
import { latestDuePeriod, periodEnd, periodKey, type Frequency, type Period } from './period';

export interface KpiDueState {
  period: Period;
  /** The value is missing and the period's grace days have passed. */
  overdue: boolean;
}

/** The period a KPI's value is due for now, and whether it is overdue; undefined when the value is there. */
export function kpiDue(frequency: Frequency, graceDays: number, recordedPeriods: Set<string>, now: Date, zone: string): KpiDueState | undefined {
  const period = latestDuePeriod(frequency, now, zone);
  if (recordedPeriods.has(periodKey(period))) return undefined;
  const deadline = DateTime.fromJSDate(periodEnd(period, zone)).plus({ days: graceDays });
  return { period, overdue: now.getTime() > deadline.toMillis() };
}
