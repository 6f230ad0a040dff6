import { ConflictError, ForbiddenError, InvalidInputError } from '../../domain/errors';
import { periodEnd, periodKey, periodStart, type Period } from '../../domain/period';
import { periodLabel } from '../../reports/inYear/periodLabel';
import { draftSnapshot, redraftSnapshots, takeSnapshots, type SnapshotKey } from '../../reports/reportSnapshots';
import { auditRecord } from '../audit';
import type { UseCaseContext } from '../context';
import { appendAudit } from '../../audit/appendAudit';

/** Who may lock and reopen report periods: the treasury and the administration. */
const LOCKING_ROLES = ['treasurer', 'admin'];

export interface PeriodLockChanged {
  period: string;
  locked: boolean;
  /** Nothing changed: the period was already in that state. */
  unchanged: boolean;
  reason?: string;
}

/**
 * The treasury locks a report period that has ended: its report is kept as a snapshot (drafted now if it
 * never was), and KPI values and budget postings of it are refused from then on (postings: see
 * assertBudgetYearOpen). Audited. Locked again after a reopen, its report is drafted anew: the snapshot then
 * shows what was corrected while it was open (every scope that had one; the old ones are deleted in the
 * lock's transaction, so a failure after it leaves them to be drafted on the next read, from the locked figures).
 */
export async function lockPeriod(ctx: UseCaseContext, period: Period): Promise<PeriodLockChanged> {
  const { key, start, end } = checked(ctx, period);
  if (end > ctx.now) throw new InvalidInputError('periods:notEnded', { period: periodLabel(key) });
  await draftSnapshot(ctx.db, ctx.actor.tenant, period, ctx.now);
  let stale: SnapshotKey[] = [];
  const changed = await ctx.db.$transaction(async (tx): Promise<PeriodLockChanged> => {
    const existing = await tx.periodLock.findUnique({ where: { tenantId_period: { tenantId: ctx.actor.tenant.id, period: key } } });
    if (existing && !existing.reopenedAt) return { period: key, locked: true, unchanged: true };
    if (existing) stale = await takeSnapshots(tx, ctx.actor.tenant.id, period);
    const state = { lockedById: ctx.actor.personId, lockedAt: ctx.now, reopenedById: null, reopenedAt: null, reopenReason: null };
    const lock = existing
      ? await tx.periodLock.update({ where: { id: existing.id }, data: state })
      : await tx.periodLock.create({ data: { tenantId: ctx.actor.tenant.id, period: key, periodStart: start, periodEnd: end, ...state } });
    await appendAudit(tx, auditRecord(ctx, 'period.lock', 'PeriodLock', lock.id, existing ? { reopenedAt: existing.reopenedAt!.toISOString(), reopenReason: existing.reopenReason } : undefined, { period: key }));
    return { period: key, locked: true, unchanged: false };
  });
  if (stale.length > 0) await redraftSnapshots(ctx.db, ctx.actor.tenant, period, stale, ctx.now);
  return changed;
}

/** The treasury reopens a locked period for corrections, with a reason. Audited. */
export async function reopenPeriod(ctx: UseCaseContext, period: Period, reason: string): Promise<PeriodLockChanged> {
  const { key } = checked(ctx, period);
  return ctx.db.$transaction(async (tx) => {
    const lock = await tx.periodLock.findUnique({ where: { tenantId_period: { tenantId: ctx.actor.tenant.id, period: key } } });
    if (!lock || lock.reopenedAt) throw new ConflictError('periods:notLocked', { period: periodLabel(key) });
    await tx.periodLock.update({ where: { id: lock.id }, data: { reopenedById: ctx.actor.personId, reopenedAt: ctx.now, reopenReason: reason } });
    await appendAudit(tx, auditRecord(ctx, 'period.reopen', 'PeriodLock', lock.id, { period: key, lockedAt: lock.lockedAt.toISOString() }, { reason }));
    return { period: key, locked: false, unchanged: false, reason };
  });
}

function checked(ctx: UseCaseContext, period: Period) {
  if (!ctx.actor.roles.some((r) => LOCKING_ROLES.includes(r))) throw new ForbiddenError('periods:notTreasury');
  const zone = ctx.actor.tenant.timeZone;
  return { key: periodKey(period), start: periodStart(period, zone).toJSDate(), end: periodEnd(period, zone) };
}
