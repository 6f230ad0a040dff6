import type { Db, Tx } from '../db/client';
import { evaluateAlert } from './alertMachine';
import { budgetThresholdsOf, type AlertPolicy } from './alertPolicy';
import { statusOf } from './alertRows';
import { applyEvaluation } from './applyEvaluation';
import { budgetLineSubject, type AlertChange, type AlertSubject } from './alertSubject';
import { observeBudgetLine } from './budgetObservation';

/**
 * Budget figures are running totals, not a series of reported periods: each daily run is one
 * observation, so a spending alert fires at the first run that finds the line ahead of the year and
 * resolves at the first that finds it back within the warning threshold.
 */
const BUDGET_RULES = { pendingPeriods: 1, resolvePeriods: 1 };

/** The spending lines (expense, investment) of an action field's joint budget of the year, with their alerts. */
export function loadBudgetLinesForAlerts(db: Db | Tx, tenantId: string, actionFieldId: string, year: number) {
  return db.budgetLine.findMany({
    where: { tenantId, year, kind: { not: 'income' }, jointBudget: { actionFieldId } },
    include: { alerts: true },
    orderBy: { code: 'asc' },
  });
}

export type BudgetLineForAlerts = Awaited<ReturnType<typeof loadBudgetLinesForAlerts>>[number];

export const subjectOfLine = (line: BudgetLineForAlerts, field: { id: string; teamId: string }): AlertSubject => budgetLineSubject(line, field);

/**
 * Evaluates a budget line's spending alert against the year elapsed (src/alerts/budgetObservation.ts)
 * and writes what changed. A blocked line (haushaltswirtschaftliche Sperre) mutes its alert: it is
 * neither evaluated nor repeated while the block lasts.
 */
export async function evaluateBudgetLine(
  db: Db | Tx,
  line: BudgetLineForAlerts,
  field: { id: string; teamId: string },
  e: { tenantId: string; now: Date; zone: string; policy: AlertPolicy },
): Promise<AlertChange[]> {
  if (line.blocked) return [];
  const observation = observeBudgetLine(line, e.now, e.zone, budgetThresholdsOf(e.policy));
  if (!observation) return [];
  const previous = line.alerts.find((a) => a.kind === 'budget');
  const result = evaluateAlert(previous && statusOf(previous), [observation.severity], BUDGET_RULES);
  const subject = subjectOfLine(line, field);
  const change = await applyEvaluation(db, { tenantId: e.tenantId, kind: 'budget', of: { budgetLineId: line.id }, subject, previous, result, observation, now: e.now });
  return change ? [change] : [];
}
