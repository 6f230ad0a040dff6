import type { Db } from '../db/client';
import type { JobDefinition } from '../scheduler/job';
import { latestOnly } from '../scheduler/job';
import type { Tenant } from '../tenancy/tenant';
import { fiscalYear } from '../usecases/budget/budgetYear';
import { repeatDue } from './alertActions';
import type { AlertPolicy } from './alertPolicy';
import { AlertChangedConcurrently, type AlertRow } from './alertRows';
import { heard, kpiSubject, type AlertSubject } from './alertSubject';
import { applyPlans, type AlertPlan } from './applyEvaluation';
import { loadBudgetLinesForAlerts, planBudgetLine, subjectOfLine, type BudgetLineForAlerts } from './evaluateBudget';
import { loadAlertPolicy, loadKpisForAlerts, planKpiAlerts, type KpiForAlerts } from './evaluateKpi';
import { announce, notifyAlertChanges, viewFor } from './notifyAlerts';

const ATTEMPTS = 3;

interface Field {
  id: string;
  teamId: string;
}

interface FieldData {
  kpis: KpiForAlerts[];
  lines: BudgetLineForAlerts[];
}

/**
 * The daily alert run: every KPI of the tenant evaluated for missing data (and against its path), every
 * spending line of the current year's joint budgets against the year elapsed, alerts that fired
 * grouped in one message per action field, and unacknowledged firing alerts sent again once their
 * repeat interval has passed (not while snoozed). Everything is read at once (a fixed number of queries
 * however many KPIs) and evaluated in memory; only a field where something changes gets a transaction,
 * in which its alerts change together with their messages. An alert changed since it was read (a value
 * recorded at the same moment) makes the field be read and evaluated again. The slot's key keeps a
 * rerun from sending twice.
 */
export const alertJob: JobDefinition = {
  name: 'alerts',
  catchUp: latestOnly,
  async run({ db, tenant, slotKey, now }) {
    const policy = await loadAlertPolicy(db, tenant.id);
    if (!policy.enabled) return;
    const fields = await db.actionField.findMany({ where: { tenantId: tenant.id }, include: { team: { select: { id: true } } }, orderBy: { code: 'asc' } });
    const year = fiscalYear(now, tenant.timeZone);
    const kpis = await loadKpisForAlerts(db, { tenantId: tenant.id }, now, tenant.timeZone);
    const lines = await loadBudgetLinesForAlerts(db, { tenantId: tenant.id }, year);
    for (const row of fields) {
      if (!row.team) continue;
      const field = { id: row.id, teamId: row.team.id };
      let data: FieldData = { kpis: kpis.filter((k) => k.teamId === field.teamId), lines: lines.filter((l) => l.jointBudget.actionFieldId === field.id) };
      for (let attempt = 1; ; attempt++) {
        try {
          await runField(db, tenant, policy, field, data, slotKey, now);
          break;
        } catch (error) {
          // A value recorded at the same moment changed an alert: read the field again and evaluate it anew.
          if (!(error instanceof AlertChangedConcurrently) || attempt >= ATTEMPTS) throw error;
          data = {
            kpis: await loadKpisForAlerts(db, { tenantId: tenant.id, teamId: field.teamId }, now, tenant.timeZone),
            lines: await loadBudgetLinesForAlerts(db, { tenantId: tenant.id, actionFieldId: field.id }, year),
          };
        }
      }
    }
  },
};

async function runField(db: Db, tenant: Tenant, policy: AlertPolicy, field: Field, { kpis, lines }: FieldData, slotKey: string, now: Date): Promise<void> {
  const e = { tenantId: tenant.id, now, zone: tenant.timeZone, policy };
  const plans: AlertPlan[] = [...kpis.flatMap((k) => planKpiAlerts(k, { ...e, missing: true })), ...lines.flatMap((l) => planBudgetLine(l, field, e))];
  // Blocked lines are muted: their alerts are not repeated either.
  const open = lines.filter((l) => !l.blocked);
  const subjects = new Map<string, AlertSubject>([...kpis.map((k) => [k.id, kpiSubject(k)] as const), ...open.map((l) => [l.id, subjectOfLine(l, field)] as const)]);
  // An alert that fires, rises or resolves in this run is told about by that; others may be due to be sent again.
  const told = new Set(plans.filter((p) => heard(p.result.transition)).map((p) => p.previous?.id));
  const due = [...kpis.flatMap((k) => k.alerts), ...open.flatMap((l) => l.alerts)]
    .filter((a) => !told.has(a.id) && repeatDue(a, now, policy.repeatDays, tenant.timeZone))
    .sort((a, b) => a.number - b.number);
  if (plans.length === 0 && due.length === 0) return;

  await db.$transaction(async (tx) => {
    const changes = await applyPlans(tx, plans);
    await notifyAlertChanges(tx, tenant, changes, now, slotKey);
    if (due.length === 0) return;
    // Only alerts still firing as read are sent again; one acknowledged meanwhile makes the field be read anew.
    const repeated = await tx.alert.updateMany({
      where: { id: { in: due.map((a) => a.id) }, state: 'firing', OR: [{ snoozedUntil: null }, { snoozedUntil: { lte: now } }] },
      data: { lastNotifiedAt: now },
    });
    if (repeated.count !== due.length) throw new AlertChangedConcurrently('an alert changed before it was sent again');
    const announced = due.map((alert: AlertRow) => ({ alert, subject: subjects.get(alert.kpiId ?? alert.budgetLineId ?? '')! }));
    await announce(tx, tenant, announced, `alerts:${slotKey}:${field.id}:repeat`, now, viewFor(tenant, now), true);
  });
}
