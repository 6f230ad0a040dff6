import { alertPolicy, thresholdsFor } from '../../alerts/alertPolicy';
import { observe, type Observation } from '../../alerts/observations';
import type { KpiDirection } from '../../domain/kpiDirection';
import { parsePeriod } from '../../domain/period';
import type { AlertItem } from '../../views/alertViews';
import { unresolvedAlertsOf } from '../alerts/alertAccess';
import type { UseCaseContext } from '../context';
import { findKpi, type KpiWithTargets } from './findKpi';

/** How many of the latest periods the KPI view shows. */
export const KPI_VIEW_PERIODS = 12;

export interface KpiDetails {
  kpi: KpiWithTargets;
  thresholds: { warningPct: number; criticalPct: number };
  /** The latest values, oldest first, each with its observation against the path where the path reaches it. */
  rows: { period: string; value: string; observation?: Observation }[];
  /** Alerts not over yet (pending, firing, acknowledged). */
  alerts: AlertItem[];
  /** Whether the person may record its values (a member of its team). */
  canRecord: boolean;
}

/** `kennzahl <code>`: the KPI with its latest values against the target path, its thresholds and its alerts. */
export async function showKpi(ctx: UseCaseContext, code: string): Promise<KpiDetails> {
  const kpi = await findKpi(ctx, code);
  const tenant = await ctx.db.tenant.findUniqueOrThrow({ where: { id: ctx.actor.tenant.id }, select: { policy: true } });
  const thresholds = thresholdsFor(kpi, alertPolicy(tenant.policy));
  const latest = await ctx.db.kpiValue.findMany({ where: { kpiId: kpi.id }, orderBy: { periodEnd: 'desc' }, take: KPI_VIEW_PERIODS, select: { period: true, value: true } });
  const values = latest.reverse().flatMap((v) => {
    const period = parsePeriod(v.period);
    return period ? [{ key: v.period, period, value: v.value.toString() }] : [];
  });
  const source = { direction: kpi.direction as KpiDirection, baselineValue: kpi.baselineValue, baselineYear: kpi.baselineYear, targets: kpi.targets };
  const observed = new Map(observe(source, values, thresholds).map((o) => [o.period, o]));
  return {
    kpi,
    thresholds,
    rows: values.map(({ key, value }) => ({ period: key, value, ...(observed.has(key) && { observation: observed.get(key)! }) })),
    alerts: await unresolvedAlertsOf(ctx, kpi.id),
    canRecord: ctx.actor.teamIds.includes(kpi.teamId),
  };
}
