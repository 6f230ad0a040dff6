import Decimal from 'decimal.js';
import { DateTime } from 'luxon';
import type { LineKind } from '../domain/budget/lines';
import { severityOf, type Observation } from './observations';
import { deviationPct, shortfallPct } from './targetPath';

/** What a budget line's spending alert looks at (amounts in cents). */
export interface BudgetLineFigures {
  year: number;
  kind: LineKind | string;
  plannedCents: bigint;
  reallocatedInCents: bigint;
  reallocatedOutCents: bigint;
  committedCents: bigint;
  spentCents: bigint;
}

/**
 * The share of the fiscal year (the calendar year in the tenant's zone) elapsed by the end of `now`'s
 * day, 0 to 1, in calendar days (1 June: 152 of 365), so a daylight-saving change moves nothing.
 */
export function yearShareAtEndOfDay(year: number, now: Date, zone: string): Decimal {
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone });
  const days = (to: DateTime) => Math.round(to.diff(start, 'days').days);
  const inYear = days(start.plus({ years: 1 }));
  const elapsed = days(DateTime.fromJSDate(now, { zone }).startOf('day').plus({ days: 1 }));
  return new Decimal(Math.min(Math.max(elapsed, 0), inYear)).dividedBy(inYear);
}

const euros = (cents: bigint | Decimal) => new Decimal(cents.toString()).dividedBy(100);

/**
 * A budget line's spending held against the year (DESIGN §8): what is spent and committed against its
 * path, the authorised amount (plan ± reallocations) times the share of the year elapsed by the end of
 * today. Running ahead of the path by more than the thresholds (in % of the path) is a warning or
 * critical; lower is better. The observation's period is today's date. Income lines are not spending,
 * and a line without an authorised amount has no path: undefined.
 */
export function observeBudgetLine(line: BudgetLineFigures, now: Date, zone: string, thresholds: { warningPct: number; criticalPct: number }): Observation | undefined {
  if (line.kind === 'income') return undefined;
  const authorised = line.plannedCents + line.reallocatedInCents - line.reallocatedOutCents;
  if (authorised <= 0n) return undefined;
  const expected = euros(new Decimal(authorised.toString()).times(yearShareAtEndOfDay(line.year, now, zone)).toDecimalPlaces(0));
  const value = euros(line.spentCents + line.committedCents);
  const severity = expected.isZero() ? undefined : severityOf(shortfallPct('lower_better', value, expected), thresholds);
  const deviation = deviationPct(value, expected);
  const period = DateTime.fromJSDate(now, { zone }).toISODate()!;
  return { period, value, expected, ...(deviation && { deviationPct: deviation }), ...(severity && { severity }) };
}
