import type { Tx } from '../db/client';
import type { UseCaseContext } from '../usecases/context';
import { evaluateKpiAlerts } from './evaluateKpi';
import { notifyAlertChanges } from './notifyAlerts';

export { AlertChangedConcurrently } from './alertRows';

/**
 * A KPI's value was recorded or corrected: its alerts are evaluated and what people must hear is
 * enqueued, in the value's transaction, so a value commits with its alerts or not at all (and a
 * retried delivery, which books nothing, alerts nothing). Throws AlertChangedConcurrently when
 * another evaluation changed the alert meanwhile: the caller runs its transaction again.
 */
export async function alertsAfterKpiValue(tx: Tx, ctx: UseCaseContext, kpiId: string): Promise<void> {
  const { tenant } = ctx.actor;
  const changes = await evaluateKpiAlerts(tx, { tenantId: tenant.id, kpiId, now: ctx.now, zone: tenant.timeZone });
  await notifyAlertChanges(tx, tenant, changes, ctx.now);
}
