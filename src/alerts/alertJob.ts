import type { Db } from '../db/client';
import type { JobDefinition } from '../scheduler/job';
import { latestOnly } from '../scheduler/job';
import type { Tenant } from '../tenancy/tenant';
import { fiscalYear } from '../usecases/budget/budgetYear';
import { repeatDue } from './alertActions';
import type { AlertPolicy } from './alertPolicy';
import { AlertChangedConcurrently } from './alertRows';
import { kpiSubject, type AlertChange, type AlertSubject } from './alertSubject';
import { evaluateBudgetLine, loadBudgetLinesForAlerts, subjectOfLine } from './evaluateBudget';
import { evaluateLoadedKpi, loadAlertPolicy, loadKpisForAlerts } from './evaluateKpi';
import { announce, notifyAlertChanges, viewFor } from './notifyAlerts';

const ATTEMPTS = 3;

/**
 * The daily alert run: every KPI of the tenant evaluated for missing data (and against its path), every
 * spending line of the current year's joint budgets against the year elapsed,
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
          await runField(db, tenant, policy, { id: field.id, teamId: field.team.id }, slotKey, now);
          break;
        } catch (error) {
          // A value recorded at the same moment changed an alert: evaluate the field again.
          if (!(error instanceof AlertChangedConcurrently) || attempt >= ATTEMPTS) throw error;
        }
      }
    }
  },
};

async function runField(db: Db, tenant: Tenant, policy: AlertPolicy, field: { id: string; teamId: string }, slotKey: string, now: Date): Promise<void> {
  const e = { tenantId: tenant.id, now, zone: tenant.timeZone, policy };
  await db.$transaction(async (tx) => {
    const kpis = await loadKpisForAlerts(tx, { tenantId: tenant.id, teamId: field.teamId }, now, tenant.timeZone);
    const lines = await loadBudgetLinesForAlerts(tx, tenant.id, field.id, fiscalYear(now, tenant.timeZone));
    const changes: AlertChange[] = [];
    for (const kpi of kpis) changes.push(...(await evaluateLoadedKpi(tx, kpi, { ...e, missing: true })));
    for (const line of lines) changes.push(...(await evaluateBudgetLine(tx, line, field, e)));
    await notifyAlertChanges(tx, tenant, changes, now, slotKey);

    // Blocked lines are muted: their alerts are not repeated either.
    const subjects = new Map<string, AlertSubject>([
      ...kpis.map((k) => [k.id, kpiSubject(k)] as const),
      ...lines.filter((l) => !l.blocked).map((l) => [l.id, subjectOfLine(l, field)] as const),
    ]);
    const firing = await tx.alert.findMany({
      where: { tenantId: tenant.id, state: 'firing', OR: [{ kpiId: { in: kpis.map((k) => k.id) } }, { budgetLineId: { in: lines.filter((l) => !l.blocked).map((l) => l.id) } }] },
      orderBy: { number: 'asc' },
    });
    const due = firing.filter((a) => !changes.some((c) => c.alert.id === a.id) && repeatDue(a, now, policy.repeatDays, tenant.timeZone));
    if (due.length === 0) return;
    const announced = due.map((alert) => ({ alert, subject: subjects.get(alert.kpiId ?? alert.budgetLineId ?? '')! }));
    await announce(tx, tenant, announced, `alerts:${slotKey}:${field.id}:repeat`, now, viewFor(tenant, now), true);
    await tx.alert.updateMany({ where: { id: { in: due.map((a) => a.id) } }, data: { lastNotifiedAt: now } });
  });
}
