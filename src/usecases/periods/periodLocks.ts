import type { Db, Tx } from '../../db/client';
import { ConflictError } from '../../domain/errors';
import { formatDate } from '../../format';
import { periodLabel } from '../../reports/inYear/periodLabel';
import type { UseCaseContext } from '../context';

/**
 * Refuses a change to figures of a locked report period (so far: a KPI value whose period ends within it).
 * Names the lock: when, by whom, how it is reopened.
 */
export async function assertPeriodOpen(ctx: UseCaseContext, db: Db | Tx, valueEnd: Date): Promise<void> {
  const lock = await db.periodLock.findFirst({
    where: { tenantId: ctx.actor.tenant.id, reopenedAt: null, periodStart: { lt: valueEnd }, periodEnd: { gte: valueEnd } },
    orderBy: { periodEnd: 'desc' },
  });
  if (!lock) return;
  const by = await db.person.findUnique({ where: { id: lock.lockedById }, select: { displayName: true } });
  throw new ConflictError('periods:locked', { period: periodLabel(lock.period), date: formatDate(lock.lockedAt, ctx.actor.locale, ctx.actor.tenant.timeZone), by: by?.displayName ?? '–' });
}
