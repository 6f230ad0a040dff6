import { DateTime } from 'luxon';
import type { Db, Tx } from '../../db/client';
import { NRW_PRESET } from '../../domain/budget/nrwPreset';
import { parseBudgetPolicy, type BudgetPolicy } from '../../domain/budget/policy';

/** The fiscal year an instant falls in: in NRW the calendar year, in the tenant's time zone. */
export function fiscalYear(now: Date, zone: string): number {
  return DateTime.fromJSDate(now, { zone }).year;
}

/** The share of the fiscal year elapsed at `now`, in percent (0–100). */
export function yearElapsedPercent(year: number, now: Date, zone: string): number {
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone });
  const end = start.plus({ years: 1 });
  const at = DateTime.fromJSDate(now, { zone });
  if (at <= start) return 0;
  if (at >= end) return 100;
  return Math.floor((at.toMillis() - start.toMillis()) * 100 / (end.toMillis() - start.toMillis()));
}

/** The rules the budget statute of the year sets; the NRW preset where the year names none. */
export async function loadBudgetPolicy(db: Db | Tx, tenantId: string, year: number): Promise<BudgetPolicy> {
  const row = await db.budgetYear.findUnique({ where: { tenantId_year: { tenantId, year } }, select: { policy: true } });
  return row?.policy ? parseBudgetPolicy(row.policy) : NRW_PRESET;
}
