import type { Tx } from '../db/client';
import type { UseCaseContext } from '../usecases/context';
import { evaluateKpiAlerts, loadAlertPolicy, type KpiForAlerts } from './evaluateKpi';
import { notifyAlertChanges } from './notifyAlerts';

export { AlertChangedConcurrently } from './alertRows';

/**
 * A KPI's value was recorded or corrected: its alerts are evaluated and what people must hear is
 * enqueued, in the value's transaction, so a value commits with its alerts or not at all (and a
 * retried delivery, which books nothing, alerts nothing). The KPI comes as the recording loaded it;
 * the tenant's policy, the KPI's alerts and its values of the window are read here (three queries).
 * Throws AlertChangedConcurrently when another evaluation changed the alert meanwhile: the caller
 * runs its transaction again.
 */
export async function alertsAfterKpiValue(tx: Tx, ctx: UseCaseContext, kpi: Omit<KpiForAlerts, 'alerts' | 'values'>): Promise<void> {
  const { tenant } = ctx.actor;
  const policy = await loadAlertPolicy(tx, tenant.id);
  if (!policy.enabled) return;
  const changes = await evaluateKpiAlerts(tx, kpi, { tenantId: tenant.id, now: ctx.now, zone: tenant.timeZone, policy });
  await notifyAlertChanges(tx, tenant, changes, ctx.now);
}
