import { DateTime } from 'luxon';
import { periodContaining, periodEnd, periodStart, shiftPeriod, type Period } from './period';
import { workingDaysAfter, type WorkingCalendar } from './workingDays';

/** How often the in-year report comes: quarterly by default, monthly when the tenant chooses it. */
export const REPORT_FREQUENCIES = ['quarterly', 'monthly'] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];
export const DEFAULT_REPORT_FREQUENCY: ReportFrequency = 'quarterly';

/** The report is drafted this many working days after its period ends (DESIGN §9). */
export const DRAFT_WORKING_DAYS = 5;

/** The last calendar day of a period, at its start, in the zone. */
export function lastDayOf(p: Period, zone: string): Date {
  return DateTime.fromJSDate(periodEnd(p, zone), { zone }).minus({ days: 1 }).toJSDate();
}

/** The day a period's report is drafted and posted: the fifth working day after the period's last day. */
export function draftDay(p: Period, calendar: WorkingCalendar, zone: string): Date {
  return workingDaysAfter(lastDayOf(p, zone), DRAFT_WORKING_DAYS, calendar, zone);
}

/** The latest period whose report is due at `at` (its draft day has begun). */
export function reportPeriodDue(at: Date, frequency: ReportFrequency, calendar: WorkingCalendar, zone: string): Period {
  const previous = shiftPeriod(periodContaining(at, frequency, zone), -1);
  return draftDay(previous, calendar, zone).getTime() <= at.getTime() ? previous : shiftPeriod(previous, -1);
}

/**
 * How much of its year has passed at the end of a period, in percent, counted in months
 * (budget execution is compared against it): Q1 25, Q3 75, September 75, a year 100.
 */
export function yearShareElapsed(p: Period, zone: string): number {
  const monthsIn = DateTime.fromJSDate(periodEnd(p, zone), { zone }).diff(periodStart({ frequency: 'yearly', year: p.year, index: 1 }, zone), 'months').months;
  return (Math.round(monthsIn) * 100) / 12;
}
