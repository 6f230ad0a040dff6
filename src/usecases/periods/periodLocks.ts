import type { Db, Tx } from '../../db/client';
import { ConflictError } from '../../domain/errors';
import { periodEnd } from '../../domain/period';
import { formatDate } from '../../format';
import type { Locale } from '../../i18n';
import { periodLabel } from '../../reports/inYear/periodLabel';
import type { UseCaseContext } from '../context';

/** A lock that covers an instant, as its refusal names it: the period, when, by whom. */
export interface LockNamed {
  period: string;
  date: string;
  by: string;
}

/**
 * The lock of the report period that holds the last moment before `valueEnd` (a KPI value's period end, a
 * budget year's end), or undefined when none is locked. A reopened lock does not count.
 */
export async function lockCovering(db: Db | Tx, tenantId: string, valueEnd: Date, locale: Locale, zone: string): Promise<LockNamed | undefined> {
  const lock = await db.periodLock.findFirst({
    where: { tenantId, reopenedAt: null, periodStart: { lt: valueEnd }, periodEnd: { gte: valueEnd } },
    orderBy: { periodEnd: 'desc' },
  });
  if (!lock) return undefined;
  const by = await db.person.findUnique({ where: { id: lock.lockedById }, select: { displayName: true } });
  return { period: periodLabel(lock.period), date: formatDate(lock.lockedAt, locale, zone), by: by?.displayName ?? '–' };
}

/**
 * Refuses a change to figures of a locked report period: a KPI value whose period ends within it.
 * Names the lock: when, by whom, how it is reopened.
 */
export async function assertPeriodOpen(ctx: UseCaseContext, db: Db | Tx, valueEnd: Date): Promise<void> {
  const lock = await lockCovering(db, ctx.actor.tenant.id, valueEnd, ctx.actor.locale, ctx.actor.tenant.timeZone);
  if (lock) throw new ConflictError('periods:locked', { ...lock });
}

/**
 * The end of a budget year: postings to it are made while it runs (in a period still open, as only
 * ended periods can be locked) or, after it, dated at its end (the closing postings). So a budget year
 * takes no more postings once the period that holds its end (Q4, December or the year) is locked.
 */
export function budgetYearEnd(year: number, zone: string): Date {
  return periodEnd({ frequency: 'yearly', year, index: 1 }, zone);
}

/** Refuses a posting (a reallocation filed or decided) to a budget year whose end lies in a locked period, naming the lock. */
export async function assertBudgetYearOpen(ctx: UseCaseContext, db: Db | Tx, year: number): Promise<void> {
  const lock = await lockCovering(db, ctx.actor.tenant.id, budgetYearEnd(year, ctx.actor.tenant.timeZone), ctx.actor.locale, ctx.actor.tenant.timeZone);
  if (lock) throw new ConflictError('periods:budgetYearLocked', { ...lock, year });
}
