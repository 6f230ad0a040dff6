import type { Db, Tx } from '../db/client';
import { evaluateAlert } from './alertMachine';
import { budgetThresholdsOf, type AlertPolicy } from './alertPolicy';
import { statusOf } from './alertRows';
import { budgetLineSubject, type AlertSubject } from './alertSubject';
import { planEvaluation, type AlertPlan } from './applyEvaluation';
import { observeBudgetLine } from './budgetObservation';

/**
 * Budget figures are running totals, not a series of reported periods: each daily run is one
 * observation, so a spending alert fires at the first run that finds the line ahead of the year and
 * resolves at the first that finds it back within the warning threshold.
 */
const BUDGET_RULES = { pendingPeriods: 1, resolvePeriods: 1 };

/** The spending lines (expense, investment) of the year's joint budgets (of one action field), with their alerts. */
export function loadBudgetLinesForAlerts(db: Db | Tx, where: { tenantId: string; actionFieldId?: string }, year: number) {
  return db.budgetLine.findMany({
    where: { tenantId: where.tenantId, year, kind: { not: 'income' }, ...(where.actionFieldId && { jointBudget: { actionFieldId: where.actionFieldId } }) },
    include: { alerts: true, jointBudget: { select: { actionFieldId: true } } },
    orderBy: { code: 'asc' },
  });
}

export type BudgetLineForAlerts = Awaited<ReturnType<typeof loadBudgetLinesForAlerts>>[number];

export const subjectOfLine = (line: BudgetLineForAlerts, field: { id: string; teamId: string }): AlertSubject => budgetLineSubject(line, field);

/**
 * What a budget line's spending alert becomes against the year elapsed (src/alerts/budgetObservation.ts),
 * pure; only what changes. A blocked line (haushaltswirtschaftliche Sperre) mutes its alert: it is
 * neither evaluated nor repeated while the block lasts.
 */
export function planBudgetLine(line: BudgetLineForAlerts, field: { id: string; teamId: string }, e: { tenantId: string; now: Date; zone: string; policy: AlertPolicy }): AlertPlan[] {
  if (line.blocked) return [];
  const observation = observeBudgetLine(line, e.now, e.zone, budgetThresholdsOf(e.policy));
  if (!observation) return [];
  const previous = line.alerts.find((a) => a.kind === 'budget');
  const result = evaluateAlert(previous && statusOf(previous), [observation.severity], BUDGET_RULES);
  const plan = planEvaluation({ tenantId: e.tenantId, kind: 'budget', of: { budgetLineId: line.id }, subject: subjectOfLine(line, field), previous, result, observation, now: e.now });
  return plan ? [plan] : [];
}
