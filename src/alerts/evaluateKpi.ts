import type { Db, Tx } from '../db/client';
import { kpiDue } from '../domain/kpiDue';
import type { KpiDirection } from '../domain/kpiDirection';
import { FREQUENCIES, parsePeriod, periodContaining, periodEnd, periodKey, shiftPeriod, type Frequency } from '../domain/period';
import { evaluateAlert, isOpen } from './alertMachine';
import { alertPolicy, thresholdsFor, type AlertPolicy } from './alertPolicy';
import { fingerprintOf, statusOf, type AlertKind } from './alertRows';
import { applyEvaluation } from './applyEvaluation';
import { kpiSubject, type AlertChange } from './alertSubject';
import { observe } from './observations';

export type { AlertChange } from './alertSubject';

export interface Evaluation {
  tenantId: string;
  now: Date;
  zone: string;
  policy: AlertPolicy;
  /** Check for missing data too (the daily run); otherwise only an open missing-data alert is looked at. */
  missing?: boolean;
}

const MISSING_RULES = { pendingPeriods: 1, resolvePeriods: 1 };

export async function loadAlertPolicy(db: Db | Tx, tenantId: string): Promise<AlertPolicy> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { policy: true } });
  return alertPolicy(tenant.policy);
}

/**
 * How many periods back values count: the longest run the machine looks at (N and M are at most 24,
 * alertPolicy.ts), so the run counts saturate there and older values are not read at all.
 */
export const RUN_WINDOW_PERIODS = 24;

/** The end of the oldest period that still counts, per frequency. */
function windowStart(now: Date, zone: string) {
  return FREQUENCIES.map((frequency) => ({
    kpi: { is: { frequency } },
    periodEnd: { gt: periodEnd(shiftPeriod(periodContaining(now, frequency, zone), -RUN_WINDOW_PERIODS - 2), zone) },
  }));
}

/** KPIs with everything their alerts are evaluated from (values of the last 24 periods), in a fixed number of queries however many. */
export function loadKpisForAlerts(db: Db | Tx, where: { id: string } | { tenantId: string; teamId: string }, now: Date, zone: string) {
  return db.kpi.findMany({
    where,
    include: {
      targets: { select: { year: true, value: true } },
      team: { select: { actionFieldId: true } },
      alerts: true,
      values: { where: { OR: windowStart(now, zone) }, select: { period: true, value: true } },
    },
    orderBy: { code: 'asc' },
  });
}

export type KpiForAlerts = Awaited<ReturnType<typeof loadKpisForAlerts>>[number];

/**
 * Evaluates a KPI's alerts against its values: off the target path always; missing data when the
 * evaluation says so or when its alert is open (a recorded value resolves it). Writes what changed
 * (in the caller's transaction) and returns what people must hear.
 */
export async function evaluateLoadedKpi(db: Db | Tx, kpi: KpiForAlerts, e: Evaluation): Promise<AlertChange[]> {
  const subject = kpiSubject(kpi);
  const changes: AlertChange[] = [];
  const apply = async (kind: AlertKind, result: ReturnType<typeof evaluateAlert>, observation?: Parameters<typeof applyEvaluation>[1]['observation']) => {
    const previous = kpi.alerts.find((a) => a.fingerprint === fingerprintOf(kind, kpi.id));
    const change = await applyEvaluation(db, { tenantId: e.tenantId, kind, of: { kpiId: kpi.id }, subject, previous, result, observation, now: e.now });
    if (change) changes.push(change);
  };

  const frequency = kpi.frequency as Frequency;
  // Keys of one frequency sort as periods do; only the latest ones can be part of the current run.
  const latest = kpi.values.map((v) => v.period).sort().slice(-RUN_WINDOW_PERIODS);
  const byKey = new Map(kpi.values.map((v) => [v.period, v.value]));
  const periods = latest.flatMap((key) => {
    const period = parsePeriod(key);
    return period && period.frequency === frequency ? [{ period, value: byKey.get(key)!.toString() }] : [];
  });
  const observations = observe(
    { direction: kpi.direction as KpiDirection, baselineValue: kpi.baselineValue?.toString(), baselineYear: kpi.baselineYear, targets: kpi.targets.map((t) => ({ year: t.year, value: t.value.toString() })) },
    periods,
    thresholdsFor(kpi, e.policy),
  );
  const offTarget = kpi.alerts.find((a) => a.kind === 'kpi_off_target');
  await apply('kpi_off_target', evaluateAlert(offTarget && statusOf(offTarget), observations.map((o) => o.severity), e.policy), observations.at(-1));

  const missingAlert = kpi.alerts.find((a) => a.kind === 'kpi_missing');
  if (e.missing || (missingAlert && isOpen(missingAlert.state))) {
    const due = kpiDue(frequency, kpi.graceDays, new Set(kpi.values.map((v) => v.period)), e.now, e.zone);
    const overdue = due?.overdue ? due.period : undefined;
    await apply('kpi_missing', evaluateAlert(missingAlert && statusOf(missingAlert), [overdue ? 'warning' : undefined], MISSING_RULES), overdue && { period: periodKey(overdue) });
  }
  return changes;
}

/** Evaluates one KPI's alerts (after one of its values changed), in the caller's transaction. */
export async function evaluateKpiAlerts(db: Db | Tx, ref: { tenantId: string; kpiId: string; now: Date; zone: string }): Promise<AlertChange[]> {
  const policy = await loadAlertPolicy(db, ref.tenantId);
  const [kpi] = await loadKpisForAlerts(db, { id: ref.kpiId }, ref.now, ref.zone);
  return kpi ? evaluateLoadedKpi(db, kpi, { ...ref, policy }) : [];
}
