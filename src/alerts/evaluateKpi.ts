import type { Db, Tx } from '../db/client';
import { kpiDue } from '../domain/kpiDue';
import type { KpiDirection } from '../domain/kpiDirection';
import { FREQUENCIES, parsePeriod, periodContaining, periodEnd, periodKey, shiftPeriod, type Frequency } from '../domain/period';
import { evaluateAlert, isOpen } from './alertMachine';
import { alertPolicy, thresholdsFor, type AlertPolicy } from './alertPolicy';
import { fingerprintOf, statusOf, type AlertKind, type AlertRow } from './alertRows';
import { kpiSubject, type AlertChange } from './alertSubject';
import { applyPlans, planEvaluation, type AlertPlan } from './applyEvaluation';
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

/** What an alert evaluation needs of a KPI: its path (baseline, targets), direction, thresholds, grace days and team. */
export interface KpiForAlerts {
  id: string;
  code: string;
  name: string;
  /** The English name where one is set. */
  nameEn?: string | null;
  unit: string;
  decimals: number;
  direction: string;
  frequency: string;
  graceDays: number;
  warningPct: number | null;
  criticalPct: number | null;
  baselineValue: { toString(): string } | null;
  baselineYear: number | null;
  teamId: string;
  team: { actionFieldId: string };
  targets: { year: number; value: { toString(): string } }[];
  alerts: AlertRow[];
  /** Its values of the last periods that count (RUN_WINDOW_PERIODS and two more). */
  values: { period: string; value: { toString(): string } }[];
}

/**
 * Values of the last periods that count for each KPI: one query per frequency (a plain range on the
 * value's period end, no join), however many KPIs.
 */
export async function valuesInWindow(db: Db | Tx, kpis: readonly { id: string; frequency: string }[], now: Date, zone: string) {
  const byKpi = new Map<string, { period: string; value: { toString(): string } }[]>(kpis.map((k) => [k.id, []]));
  for (const frequency of FREQUENCIES) {
    const ids = kpis.filter((k) => k.frequency === frequency).map((k) => k.id);
    if (ids.length === 0) continue;
    const since = periodEnd(shiftPeriod(periodContaining(now, frequency, zone), -RUN_WINDOW_PERIODS - 2), zone);
    const rows = await db.kpiValue.findMany({ where: { kpiId: { in: ids }, periodEnd: { gt: since } }, select: { kpiId: true, period: true, value: true } });
    for (const row of rows) byKpi.get(row.kpiId)!.push(row);
  }
  return byKpi;
}

/** KPIs with everything their alerts are evaluated from, in a fixed number of queries however many. */
export async function loadKpisForAlerts(db: Db | Tx, where: { id: string } | { tenantId: string; teamId?: string }, now: Date, zone: string): Promise<KpiForAlerts[]> {
  const kpis = await db.kpi.findMany({
    where,
    include: { targets: { select: { year: true, value: true } }, team: { select: { actionFieldId: true } }, alerts: true },
    orderBy: { code: 'asc' },
  });
  const values = await valuesInWindow(db, kpis, now, zone);
  return kpis.map((k) => ({ ...k, values: values.get(k.id)! }));
}

/**
 * What a KPI's alerts become, from its values (pure): off the target path always; missing data when
 * the evaluation says so or when its alert is open (a recorded value resolves it). Only what changes.
 */
export function planKpiAlerts(kpi: KpiForAlerts, e: Evaluation): AlertPlan[] {
  const subject = kpiSubject(kpi);
  const plans: AlertPlan[] = [];
  const plan = (kind: AlertKind, result: ReturnType<typeof evaluateAlert>, observation?: AlertPlan['observation']) => {
    const previous = kpi.alerts.find((a) => a.fingerprint === fingerprintOf(kind, kpi.id));
    const planned = planEvaluation({ tenantId: e.tenantId, kind, of: { kpiId: kpi.id }, subject, previous, result, observation, now: e.now });
    if (planned) plans.push(planned);
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
  plan('kpi_off_target', evaluateAlert(offTarget && statusOf(offTarget), observations.map((o) => o.severity), e.policy), observations.at(-1));

  const missingAlert = kpi.alerts.find((a) => a.kind === 'kpi_missing');
  if (e.missing || (missingAlert && isOpen(missingAlert.state))) {
    const due = kpiDue(frequency, kpi.graceDays, new Set(kpi.values.map((v) => v.period)), e.now, e.zone);
    const overdue = due?.overdue ? due.period : undefined;
    plan('kpi_missing', evaluateAlert(missingAlert && statusOf(missingAlert), [overdue ? 'warning' : undefined], MISSING_RULES), overdue && { period: periodKey(overdue) });
  }
  return plans;
}

/** Evaluates a KPI's alerts and writes what changed (in the caller's transaction); returns what people must hear. */
export function evaluateLoadedKpi(db: Db | Tx, kpi: KpiForAlerts, e: Evaluation): Promise<AlertChange[]> {
  return applyPlans(db, planKpiAlerts(kpi, e));
}

/**
 * Evaluates the alerts of one KPI after one of its values changed, in the caller's transaction: the
 * KPI as the recording loaded it, its alerts and its values of the window read here (two queries).
 */
export async function evaluateKpiAlerts(
  db: Db | Tx,
  kpi: Omit<KpiForAlerts, 'alerts' | 'values'>,
  e: Omit<Evaluation, 'missing'>,
): Promise<AlertChange[]> {
  const alerts = await db.alert.findMany({ where: { kpiId: kpi.id } });
  const values = (await valuesInWindow(db, [kpi], e.now, e.zone)).get(kpi.id)!;
  return evaluateLoadedKpi(db, { ...kpi, alerts, values }, e);
}
