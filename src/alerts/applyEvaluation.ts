import type { Db, Tx } from '../db/client';
import type { evaluateAlert } from './alertMachine';
import { saveAlert, type AlertKind, type AlertOf, type AlertRow } from './alertRows';
import { heard, type AlertChange, type AlertSubject } from './alertSubject';

interface Applied {
  tenantId: string;
  kind: AlertKind;
  of: AlertOf;
  subject: AlertSubject;
  previous?: AlertRow;
  result: ReturnType<typeof evaluateAlert>;
  observation?: Parameters<typeof saveAlert>[1]['observation'];
  now: Date;
}

/**
 * Writes an evaluated alert when anything about it changed (in the caller's transaction) and returns
 * the transition people must hear about, if any. An evaluation that changes nothing writes nothing.
 */
export async function applyEvaluation(db: Db | Tx, a: Applied): Promise<AlertChange | undefined> {
  if (!a.result) return undefined;
  const { status: s, transition } = a.result;
  const p = a.previous;
  const same = p && !transition && p.state === s.state && p.severity === s.severity && p.offPeriods === s.offPeriods && p.onPeriods === s.onPeriods && p.period === (a.observation?.period ?? p.period);
  if (same) return undefined;
  const alert = await saveAlert(db, { tenantId: a.tenantId, kind: a.kind, of: a.of, previous: p, ...a.result, observation: a.observation, now: a.now });
  return heard(transition) ? { alert, transition, subject: a.subject } : undefined;
}
