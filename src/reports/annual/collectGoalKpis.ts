import type { Db } from '../../db/client';
import { achievementPercent } from '../../domain/goalAchievement';
import type { KpiDirection } from '../../domain/kpiDirection';
import type { AnnualKpi } from './annualReport';

/** The KPIs of the operational goals (by goal id), each with its latest value of a period ended by `upTo` against the year's target. */
export async function collectGoalKpis(db: Db, tenantId: string, goalIds: string[], year: number, upTo: Date): Promise<Map<string, AnnualKpi[]>> {
  const kpis = await db.kpi.findMany({
    where: { tenantId, operationalGoalId: { in: goalIds } },
    include: { targets: { where: { year } }, values: { where: { periodEnd: { lte: upTo } }, orderBy: { periodEnd: 'desc' }, take: 1 } },
    orderBy: { code: 'asc' },
  });
  const byGoal = new Map<string, AnnualKpi[]>();
  for (const kpi of kpis) {
    const target = kpi.targets[0];
    const latest = kpi.values[0];
    const baseline = kpi.baselineValue !== null && kpi.baselineYear !== null && kpi.baselineYear < year ? { year: kpi.baselineYear, value: kpi.baselineValue } : null;
    const achievement = target && latest ? achievementPercent(kpi.direction as KpiDirection, baseline?.value, target.value, latest.value) : undefined;
    const item: AnnualKpi = {
      code: kpi.code,
      name: kpi.name,
      nameEn: kpi.nameEn,
      unit: kpi.unit,
      decimals: kpi.decimals,
      baseline: baseline && { year: baseline.year, value: baseline.value.toString() },
      target: target ? { year, value: target.value.toString() } : null,
      latest: latest ? { period: latest.period, value: latest.value.toString() } : null,
      achievementPct: achievement ? achievement.toFixed(0) : null,
    };
    byGoal.set(kpi.operationalGoalId!, [...(byGoal.get(kpi.operationalGoalId!) ?? []), item]);
  }
  return byGoal;
}
