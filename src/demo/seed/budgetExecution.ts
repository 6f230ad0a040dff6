import { DateTime } from 'luxon';
import type { BudgetLineContent } from '../content/budgets';

export interface BudgetYear {
  year: number;
  start: Date;
  /** Elapsed part of the budget year at the seed time, in per mille. */
  elapsedPermille: number;
}

export function budgetYear(now: Date, zone: string): BudgetYear {
  const local = DateTime.fromJSDate(now, { zone });
  const start = local.startOf('year');
  const length = start.plus({ years: 1 }).toMillis() - start.toMillis();
  return { year: local.year, start: start.toJSDate(), elapsedPermille: Math.floor(((now.getTime() - start.toMillis()) * 1000) / length) };
}

/**
 * Spent and committed figures of a line, proportional to the elapsed year and the line's pace.
 * Committed counts open orders not yet paid, so committed + spent never exceed the planned amount.
 */
export function executionFigures(
  plannedCents: bigint,
  line: Pick<BudgetLineContent, 'pacePermille' | 'committedPermille'>,
  elapsedPermille: number,
): { spentCents: bigint; committedCents: bigint } {
  const paced = (plannedCents * BigInt(line.pacePermille ?? 0) * BigInt(elapsedPermille)) / 1_000_000n;
  const spentCents = paced < plannedCents ? paced : plannedCents;
  const wanted = (plannedCents * BigInt(line.committedPermille ?? 0)) / 1000n;
  const room = plannedCents - spentCents;
  return { spentCents, committedCents: wanted < room ? wanted : room };
}
