import { checkAcknowledge, snoozeEnd } from '../../alerts/alertActions';
import { loadAlertPolicy } from '../../alerts/evaluateKpi';
import { ConflictError } from '../../domain/errors';
import type { AlertItem } from '../../views/alertViews';
import { auditRecord } from '../audit';
import type { UseCaseContext } from '../context';
import { alertToDecide } from './alertAccess';
import { appendAudit } from '../../audit/appendAudit';

type Decided = Awaited<ReturnType<typeof alertToDecide>>;

/** Writes a decision on an alert if it is still as read (a concurrent decision or evaluation wins). */
async function decide(ctx: UseCaseContext, { row }: Decided, action: string, data: Record<string, Date | string | null>): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const updated = await tx.alert.updateMany({ where: { id: row.id, state: row.state, updatedAt: row.updatedAt }, data: { ...data, updatedAt: ctx.now } });
    if (updated.count === 0) throw new ConflictError('alerts:changedMeanwhile', { number: row.number });
    await appendAudit(tx, auditRecord(ctx, action, 'Alert', row.id, { state: row.state, snoozedUntil: row.snoozedUntil?.toISOString() ?? null }, { ...data, number: row.number } as Record<string, string | number | null>));
  });
}

/** `quittieren <Nr>`: the lead or a manager takes note of a firing alert; it is no longer repeated. */
export async function acknowledgeAlert(ctx: UseCaseContext, number: number): Promise<AlertItem> {
  const found = await alertToDecide(ctx, number);
  checkAcknowledge(found.row);
  await decide(ctx, found, 'alert.acknowledged', { state: 'acknowledged', acknowledgedById: ctx.actor.personId, acknowledgedAt: ctx.now });
  return { ...found.item, state: 'acknowledged', acknowledgedAt: ctx.now, acknowledgedBy: ctx.actor.displayName };
}

/** `schlummern <Nr> <Tage>`: no repeats until then (1 to the tenant's maximum of days). */
export async function snoozeAlert(ctx: UseCaseContext, number: number, days: number): Promise<AlertItem> {
  const found = await alertToDecide(ctx, number);
  const policy = await loadAlertPolicy(ctx.db, ctx.actor.tenant.id);
  const until = snoozeEnd(found.row, days, policy.maxSnoozeDays, ctx.now, ctx.actor.tenant.timeZone);
  await decide(ctx, found, 'alert.snoozed', { snoozedUntil: until, snoozedById: ctx.actor.personId });
  return { ...found.item, snoozedUntil: until };
}
