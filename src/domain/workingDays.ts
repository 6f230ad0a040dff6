import Holidays from 'date-holidays';
import { DateTime } from 'luxon';

/** A tenant's working calendar: weekends, its federal state's public holidays and its own closing days. */
export interface WorkingCalendar {
  /** ISO 3166-2 subdivision of Germany, e.g. `NW` (North Rhine-Westphalia, the default). */
  state: string;
  /** Extra closing days of the administration, `YYYY-MM-DD` (e.g. `2026-12-24`). */
  closingDays: readonly string[];
}

export const DEFAULT_CALENDAR: WorkingCalendar = { state: 'NW', closingDays: [] };

const publicHolidays = new Map<string, Set<string>>();

/** The public holidays of a state in a year, as `YYYY-MM-DD` (date-holidays knows the German states' laws). */
function holidaysOf(state: string, year: number): Set<string> {
  const key = `${state}:${year}`;
  let days = publicHolidays.get(key);
  if (!days) {
    const all = new Holidays('DE', state).getHolidays(year) || [];
    days = new Set(all.filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    publicHolidays.set(key, days);
  }
  return days;
}

/** Whether a calendar day (in the tenant's zone) is a working day. */
export function isWorkingDay(day: DateTime, calendar: WorkingCalendar): boolean {
  if (day.weekday >= 6) return false;
  const iso = day.toISODate()!;
  return !holidaysOf(calendar.state, day.year).has(iso) && !calendar.closingDays.includes(iso);
}

/**
 * The `count`-th working day after the day `from` falls on (that day itself not counted), at the
 * start of that day in the zone: `workingDaysAfter(30.09.2026, 5)` is 07.10.2026 in NRW (03.10. is a holiday and a Saturday).
 */
export function workingDaysAfter(from: Date, count: number, calendar: WorkingCalendar, zone: string): Date {
  let day = DateTime.fromJSDate(from, { zone }).startOf('day');
  let left = count;
  while (left > 0) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day.toJSDate();
}

/** Working days after the day `from` falls on, up to and including the day `to` falls on (0 when none). */
export function workingDaysBetween(from: Date, to: Date, calendar: WorkingCalendar, zone: string): number {
  let day = DateTime.fromJSDate(from, { zone }).startOf('day');
  const last = DateTime.fromJSDate(to, { zone }).startOf('day');
  let count = 0;
  while (day < last) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
}
