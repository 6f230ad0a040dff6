import type { Db, Tx } from '../db/client';
import { kpiDue } from '../domain/kpiDue';
import type { KpiDirection } from '../domain/kpiDirection';
import { parsePeriod, periodKey, type Frequency } from '../domain/period';
import { evaluateAlert, isOpen, type Transition } from './alertMachine';
import { alertPolicy, thresholdsFor, type AlertPolicy } from './alertPolicy';
import { fingerprintOf, saveAlert, statusOf, type AlertKind, type AlertRow } from './alertRows';
import { observe } from './observations';

/** A transition people hear about, with what the message needs to say about the KPI. */
export interface AlertChange {
  alert: AlertRow;
  transition: Extract<Transition, 'fired' | 'escalated' | 'resolved'>;
  kpi: { code: string; name: string; unit: string; decimals: number; teamId: string; actionFieldId: string };
}

const MISSING_RULES = { pendingPeriods: 1, resolvePeriods: 1 };
const heard = (t: Transition | undefined): t is AlertChange['transition'] => t === 'fired' || t === 'escalated' || t === 'resolved';

export async function loadAlertPolicy(db: Db | Tx, tenantId: string): Promise<AlertPolicy> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { policy: true } });
  return alertPolicy(tenant.policy);
}

/**
 * Evaluates a KPI's alerts against its values now: off the target path always; missing data when
 * `missing` says so (the daily run) or when its alert is open (a recorded value resolves it). Call it
 * in the transaction that changed a value; it writes the alerts and returns what people must hear.
 */
export async function evaluateKpiAlerts(
  db: Db | Tx,
  ref: { tenantId: string; kpiId: string; now: Date; zone: string; policy?: AlertPolicy; missing?: boolean },
): Promise<AlertChange[]> {
  const { tenantId, kpiId, now, zone } = ref;
  const policy = ref.policy ?? (await loadAlertPolicy(db, tenantId));
  const kpi = await db.kpi.findUniqueOrThrow({
    where: { id: kpiId },
    include: { targets: { select: { year: true, value: true } }, team: { select: { actionFieldId: true } }, alerts: true },
  });
  const values = await db.kpiValue.findMany({ where: { kpiId }, select: { period: true, value: true } });
  const about = { code: kpi.code, name: kpi.name, unit: kpi.unit, decimals: kpi.decimals, teamId: kpi.teamId, actionFieldId: kpi.team.actionFieldId };
  const changes: AlertChange[] = [];
  const apply = async (kind: AlertKind, result: ReturnType<typeof evaluateAlert>, observation?: Parameters<typeof saveAlert>[1]['observation']) => {
    if (!result) return;
    const previous = kpi.alerts.find((a) => a.fingerprint === fingerprintOf(kind, kpiId));
    const alert = await saveAlert(db, { tenantId, kind, kpiId, previous, ...result, observation, now });
    if (heard(result.transition)) changes.push({ alert, transition: result.transition, kpi: about });
  };

  const frequency = kpi.frequency as Frequency;
  const periods = values.flatMap((v) => {
    const period = parsePeriod(v.period);
    return period && period.frequency === frequency ? [{ period, value: v.value.toString() }] : [];
  });
  const observations = observe(
    { direction: kpi.direction as KpiDirection, baselineValue: kpi.baselineValue?.toString(), baselineYear: kpi.baselineYear, targets: kpi.targets.map((t) => ({ year: t.year, value: t.value.toString() })) },
    periods,
    thresholdsFor(kpi, policy),
  );
  const offTarget = kpi.alerts.find((a) => a.kind === 'kpi_off_target');
  await apply('kpi_off_target', evaluateAlert(offTarget && statusOf(offTarget), observations.map((o) => o.severity), policy), observations.at(-1));

  const missingAlert = kpi.alerts.find((a) => a.kind === 'kpi_missing');
  if (ref.missing || (missingAlert && isOpen(missingAlert.state))) {
    const due = kpiDue(frequency, kpi.graceDays, new Set(values.map((v) => v.period)), now, zone);
    const overdue = due?.overdue ? due.period : undefined;
    await apply('kpi_missing', evaluateAlert(missingAlert && statusOf(missingAlert), [overdue ? 'warning' : undefined], MISSING_RULES), overdue && { period: periodKey(overdue) });
  }
  return changes;
}
