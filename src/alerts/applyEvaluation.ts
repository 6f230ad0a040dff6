import type { Db, Tx } from '../db/client';
import type { evaluateAlert } from './alertMachine';
import { saveAlert, type AlertKind, type AlertOf, type AlertRow } from './alertRows';
import { heard, type AlertChange, type AlertSubject } from './alertSubject';

/** An evaluated alert that must be written: what it is about, what it was, what it becomes. */
export interface AlertPlan {
  tenantId: string;
  kind: AlertKind;
  of: AlertOf;
  subject: AlertSubject;
  previous?: AlertRow;
  result: NonNullable<ReturnType<typeof evaluateAlert>>;
  observation?: Parameters<typeof saveAlert>[1]['observation'];
  now: Date;
}

/**
 * Whether an evaluation changes anything (pure): the plan to write, or undefined when the alert would
 * stay as it is, so that a run over unchanged figures writes nothing at all.
 */
export function planEvaluation(a: Omit<AlertPlan, 'result'> & { result: ReturnType<typeof evaluateAlert> }): AlertPlan | undefined {
  if (!a.result) return undefined;
  const { status: s, transition } = a.result;
  const p = a.previous;
  const same = p && !transition && p.state === s.state && p.severity === s.severity && p.offPeriods === s.offPeriods && p.onPeriods === s.onPeriods && p.period === (a.observation?.period ?? p.period);
  return same ? undefined : { ...a, result: a.result };
}

/** Writes a planned alert (in the caller's transaction) and returns the transition people must hear about, if any. */
export async function applyPlan(db: Db | Tx, plan: AlertPlan): Promise<AlertChange | undefined> {
  const { transition } = plan.result;
  const alert = await saveAlert(db, { tenantId: plan.tenantId, kind: plan.kind, of: plan.of, previous: plan.previous, ...plan.result, observation: plan.observation, now: plan.now });
  return heard(transition) ? { alert, transition, subject: plan.subject } : undefined;
}

/** Writes the plans in order; the transitions people must hear about. */
export async function applyPlans(db: Db | Tx, plans: AlertPlan[]): Promise<AlertChange[]> {
  const changes: AlertChange[] = [];
  for (const plan of plans) {
    const change = await applyPlan(db, plan);
    if (change) changes.push(change);
  }
  return changes;
}
