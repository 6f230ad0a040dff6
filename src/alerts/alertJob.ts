import type { Db } from '../db/client';
import type { JobDefinition } from '../scheduler/job';
import { latestOnly } from '../scheduler/job';
import type { Tenant } from '../tenancy/tenant';
import { repeatDue } from './alertActions';
import type { AlertPolicy } from './alertPolicy';
import { AlertChangedConcurrently } from './alertRows';
import { alertKpiOf, evaluateLoadedKpi, loadAlertPolicy, loadKpisForAlerts, type AlertChange } from './evaluateKpi';
import { announce, notifyAlertChanges, viewFor } from './notifyAlerts';

const ATTEMPTS = 3;

/**
 * The daily alert run: every KPI of the tenant evaluated for missing data (and against its path),
 * alerts that fired grouped in one message per action field, and unacknowledged firing alerts sent
 * again once their repeat interval has passed (not while snoozed). One transaction per action field,
 * so its alerts change together with their messages; the slot's key keeps a rerun from sending twice.
 */
export const alertJob: JobDefinition = {
  name: 'alerts',
  catchUp: latestOnly,
  async run({ db, tenant, slotKey, now }) {
    const policy = await loadAlertPolicy(db, tenant.id);
    const fields = await db.actionField.findMany({ where: { tenantId: tenant.id }, include: { team: { select: { id: true } } }, orderBy: { code: 'asc' } });
    for (const field of fields) {
      if (!field.team) continue;
      for (let attempt = 1; ; attempt++) {
        try {
          await runField(db, tenant, policy, field.team.id, slotKey, now);
          break;
        } catch (error) {
          // A value recorded at the same moment changed an alert: evaluate the field again.
          if (!(error instanceof AlertChangedConcurrently) || attempt >= ATTEMPTS) throw error;
        }
      }
    }
  },
};

async function runField(db: Db, tenant: Tenant, policy: AlertPolicy, teamId: string, slotKey: string, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const kpis = await loadKpisForAlerts(tx, { tenantId: tenant.id, teamId }, now, tenant.timeZone);
    const changes: AlertChange[] = [];
    for (const kpi of kpis) changes.push(...(await evaluateLoadedKpi(tx, kpi, { tenantId: tenant.id, now, zone: tenant.timeZone, policy, missing: true })));
    await notifyAlertChanges(tx, tenant, changes, now, slotKey);

    const firing = await tx.alert.findMany({ where: { tenantId: tenant.id, kpiId: { in: kpis.map((k) => k.id) }, state: 'firing' }, orderBy: { number: 'asc' } });
    const due = firing.filter((a) => !changes.some((c) => c.alert.id === a.id) && repeatDue(a, now, policy.repeatDays, tenant.timeZone));
    if (due.length === 0) return;
    const kpiOf = new Map(kpis.map((k) => [k.id, alertKpiOf(k)]));
    await announce(tx, tenant, due.map((alert) => ({ alert, kpi: kpiOf.get(alert.kpiId!)! })), `alerts:${slotKey}:${kpis[0]!.team.actionFieldId}:repeat`, now, viewFor(tenant, now), true);
    await tx.alert.updateMany({ where: { id: { in: due.map((a) => a.id) } }, data: { lastNotifiedAt: now } });
  });
}
