import { DateTime } from 'luxon';
import { parsePeriodWords } from './periodWords';

/** Reporting periods of KPIs, in the tenant's time zone. Keys: `2026`, `2026-Q3`, `2026-09`. */
export const FREQUENCIES = ['monthly', 'quarterly', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface Period {
  frequency: Frequency;
  year: number;
  /** Month 1–12, quarter 1–4, or 1 for a year. */
  index: number;
}

const MONTHS_PER_PERIOD: Record<Frequency, number> = { monthly: 1, quarterly: 3, yearly: 12 };

export function periodKey(p: Period): string {
  if (p.frequency === 'yearly') return String(p.year);
  if (p.frequency === 'quarterly') return `${p.year}-Q${p.index}`;
  return `${p.year}-${String(p.index).padStart(2, '0')}`;
}

/**
 * Reads the period notations users type: `2026`, `2026-Q3`, `Q3/2026`, `Q3-2026`, `2026-09`,
 * `09/2026`, `9/2026`, `09.2026`, and in words (`September 2026`, `3. Quartal 2026`, `Jahr 2026`,
 * `III/2026`: see periodWords.ts). Returns undefined for anything else (including month 13 or Q5).
 */
export function parsePeriod(text: string): Period | undefined {
  const s = text.trim().toUpperCase();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(s))) return valid({ frequency: 'yearly', year: Number(m[1]), index: 1 });
  if ((m = /^(\d{4})[-/ ]?Q([1-9])$/.exec(s))) return valid({ frequency: 'quarterly', year: Number(m[1]), index: Number(m[2]) });
  if ((m = /^Q([1-9])[-/ ](\d{4})$/.exec(s))) return valid({ frequency: 'quarterly', year: Number(m[2]), index: Number(m[1]) });
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s))) return valid({ frequency: 'monthly', year: Number(m[1]), index: Number(m[2]) });
  if ((m = /^(\d{1,2})[/.](\d{4})$/.exec(s))) return valid({ frequency: 'monthly', year: Number(m[2]), index: Number(m[1]) });
  const words = parsePeriodWords(s);
  return words && valid(words);
}

function valid(p: Period): Period | undefined {
  const max = 12 / MONTHS_PER_PERIOD[p.frequency];
  return p.index >= 1 && p.index <= max && p.year >= 1900 && p.year <= 2999 ? p : undefined;
}

export function periodStart(p: Period, zone: string): DateTime {
  const month = (p.index - 1) * MONTHS_PER_PERIOD[p.frequency] + 1;
  return DateTime.fromObject({ year: p.year, month, day: 1 }, { zone });
}

/** The first instant after the period (exclusive end), as a UTC Date. */
export function periodEnd(p: Period, zone: string): Date {
  return periodStart(p, zone).plus({ months: MONTHS_PER_PERIOD[p.frequency] }).toJSDate();
}

export function periodContaining(at: Date, frequency: Frequency, zone: string): Period {
  const local = DateTime.fromJSDate(at, { zone });
  const index = Math.floor((local.month - 1) / MONTHS_PER_PERIOD[frequency]) + 1;
  return { frequency, year: local.year, index };
}

export function shiftPeriod(p: Period, by: number): Period {
  const perYear = 12 / MONTHS_PER_PERIOD[p.frequency];
  const ordinal = p.year * perYear + (p.index - 1) + by;
  return { frequency: p.frequency, year: Math.floor(ordinal / perYear), index: (ordinal % perYear) + 1 };
}

/** The latest period that has ended at `at`: the one a value is normally due for. */
export function latestDuePeriod(frequency: Frequency, at: Date, zone: string): Period {
  return shiftPeriod(periodContaining(at, frequency, zone), -1);
}

/** A period that has not begun at `at`. */
export function isFuturePeriod(p: Period, at: Date, zone: string): boolean {
  return periodStart(p, zone).toMillis() > at.getTime();
}

export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || a.index - b.index;
}
