import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { draftDay, reportPeriodDue, yearShareElapsed } from '../../src/domain/reportPeriods';
import { DEFAULT_CALENDAR, isWorkingDay, workingDaysAfter } from '../../src/domain/workingDays';

const zone = 'Europe/Berlin';
const local = (iso: string) => DateTime.fromISO(iso, { zone }).toJSDate();
const day = (d: Date) => DateTime.fromJSDate(d, { zone }).toISODate();

describe('working days', () => {
  it('skips weekends and the public holidays of the state', () => {
    // 01.10. Thu, 02.10. Fri, 03.10. (Saturday, German Unity Day), 05.–07.10.
    expect(day(workingDaysAfter(local('2026-09-30'), 5, DEFAULT_CALENDAR, zone))).toBe('2026-10-07');
    // Good Friday 03.04. and Easter Monday 06.04.2026
    expect(day(workingDaysAfter(local('2026-03-31'), 5, DEFAULT_CALENDAR, zone))).toBe('2026-04-09');
  });

  it('knows that Epiphany is a holiday in Bavaria but not in North Rhine-Westphalia', () => {
    expect(day(workingDaysAfter(local('2026-12-31'), 5, DEFAULT_CALENDAR, zone))).toBe('2027-01-08');
    expect(day(workingDaysAfter(local('2026-12-31'), 5, { state: 'BY', closingDays: [] }, zone))).toBe('2027-01-11');
  });

  it("counts the tenant's closing days as days off", () => {
    const calendar = { state: 'NW', closingDays: ['2026-10-02'] };
    expect(isWorkingDay(DateTime.fromISO('2026-10-02', { zone }), calendar)).toBe(false);
    expect(day(workingDaysAfter(local('2026-09-30'), 5, calendar, zone))).toBe('2026-10-08');
  });
});

describe('report periods', () => {
  it('drafts the report on the fifth working day after the period', () => {
    expect(day(draftDay({ frequency: 'quarterly', year: 2026, index: 3 }, DEFAULT_CALENDAR, zone))).toBe('2026-10-07');
    // October 2026 ends on a Saturday: 02.–06.11. (All Saints' Day 01.11. is a Sunday)
    expect(day(draftDay({ frequency: 'monthly', year: 2026, index: 10 }, DEFAULT_CALENDAR, zone))).toBe('2026-11-06');
  });

  it('names the latest period whose draft day has begun', () => {
    expect(reportPeriodDue(local('2026-10-06T23:59'), 'quarterly', DEFAULT_CALENDAR, zone)).toEqual({ frequency: 'quarterly', year: 2026, index: 2 });
    expect(reportPeriodDue(local('2026-10-07T00:00'), 'quarterly', DEFAULT_CALENDAR, zone)).toEqual({ frequency: 'quarterly', year: 2026, index: 3 });
    expect(reportPeriodDue(local('2027-01-08T09:00'), 'quarterly', DEFAULT_CALENDAR, zone)).toEqual({ frequency: 'quarterly', year: 2026, index: 4 });
    expect(reportPeriodDue(local('2026-11-29T12:00'), 'monthly', DEFAULT_CALENDAR, zone)).toEqual({ frequency: 'monthly', year: 2026, index: 10 });
  });

  it('gives the share of the year elapsed at the end of a period in months', () => {
    expect(yearShareElapsed({ frequency: 'quarterly', year: 2026, index: 3 }, zone)).toBe(75);
    expect(yearShareElapsed({ frequency: 'quarterly', year: 2026, index: 4 }, zone)).toBe(100);
    expect(yearShareElapsed({ frequency: 'monthly', year: 2026, index: 3 }, zone)).toBe(25);
    expect(yearShareElapsed({ frequency: 'yearly', year: 2026, index: 1 }, zone)).toBe(100);
  });
});
