import Decimal from 'decimal.js';
import { alertPolicy, thresholdsFor } from '../../alerts/alertPolicy';
import { severityOf } from '../../alerts/observations';
import { expectedValue, shortfallPct, type PathSource } from '../../alerts/targetPath';
import type { Db } from '../../db/client';
import { achievementPercent, trendOf } from '../../domain/goalAchievement';
import type { KpiDirection } from '../../domain/kpiDirection';
import { parsePeriod, type Period } from '../../domain/period';
import type { KpiItem, KpiPoint } from './inYearReport';

/** How many periods of a KPI the report shows (and charts). */
export const SERIES_LENGTH = 12;

/** The KPIs of the given teams with their values up to the period's end, against the path. */
export async function collectKpis(db: Db, tenantId: string, teamIds: string[], period: Period, periodEnd: Date): Promise<Map<string, KpiItem[]>> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { policy: true } });
  const policy = alertPolicy(tenant.policy);
  const kpis = await db.kpi.findMany({
    where: { tenantId, teamId: { in: teamIds } },
    include: { targets: { orderBy: { year: 'asc' } }, values: { where: { periodEnd: { lte: periodEnd } }, orderBy: { periodEnd: 'desc' }, take: SERIES_LENGTH } },
    orderBy: { code: 'asc' },
  });
  const byTeam = new Map<string, KpiItem[]>();
  for (const kpi of kpis) {
    const direction = kpi.direction as KpiDirection;
    const source: PathSource = { baselineValue: kpi.baselineValue, baselineYear: kpi.baselineYear, targets: kpi.targets };
    const thresholds = thresholdsFor(kpi, policy);
    const values = [...kpi.values].reverse();
    const series: KpiPoint[] = values.map((v) => point(source, direction, v.period, v.value, thresholds));
    const last = values.at(-1);
    const previous = values.at(-2);
    const lastExpected = last && expectedValue(source, parsePeriod(last.period)!);
    const shortfall = last && lastExpected && shortfallPct(direction, last.value, lastExpected);
    const target = kpi.targets.find((t) => t.year === period.year);
    const baseline = kpi.baselineValue !== null && kpi.baselineYear !== null && kpi.baselineYear < period.year ? kpi.baselineValue : undefined;
    const achievement = target && last ? achievementPercent(direction, baseline ?? undefined, target.value, last.value) : undefined;
    const item: KpiItem = {
      code: kpi.code,
      name: kpi.name,
      nameEn: kpi.nameEn,
      unit: kpi.unit,
      decimals: kpi.decimals,
      latest: last
        ? {
            period: last.period,
            value: last.value.toString(),
            expected: lastExpected ? round(lastExpected) : null,
            shortfallPct: shortfall && shortfall.isFinite() ? shortfall.toFixed(1) : null,
            severity: (shortfall && severityOf(shortfall, thresholds)) ?? null,
            trend: trendOf(direction, previous?.value, last.value),
          }
        : null,
      target: target ? { year: target.year, value: target.value.toString(), achievementPct: achievement ? achievement.toFixed(0) : null } : null,
      series,
    };
    byTeam.set(kpi.teamId, [...(byTeam.get(kpi.teamId) ?? []), item]);
  }
  return byTeam;
}

function point(source: PathSource, direction: KpiDirection, period: string, value: Decimal, thresholds: { warningPct: number; criticalPct: number }): KpiPoint {
  const expected = expectedValue(source, parsePeriod(period)!);
  // The value at which the shortfall reaches the threshold: below the path when higher is better, above it otherwise.
  const bound = (pct: number) => (expected ? round(expected.plus(expected.abs().times(pct).dividedBy(100).times(direction === 'higher_better' ? -1 : 1))) : null);
  return { period, value: value.toString(), expected: expected ? round(expected) : null, warning: bound(thresholds.warningPct), critical: bound(thresholds.criticalPct) };
}

/** Path values keep four decimals: enough for any KPI's display, and stable in the snapshot. */
const round = (d: Decimal) => d.toDecimalPlaces(4).toString();
