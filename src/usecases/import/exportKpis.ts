import type { Db } from '../../db/client';
import type { KpiRow } from '../../import/template/kpiRows';
import type { KpiDirection } from '../../domain/kpiDirection';
import type { Frequency } from '../../domain/period';

type Stored = { toFixed(): string } | null;
const text = (value: Stored) => (value === null ? '' : value.toFixed());

/** A municipality's KPIs with their targets as template rows, by code. */
export async function exportKpis(db: Db, tenantId: string): Promise<KpiRow[]> {
  const kpis = await db.kpi.findMany({
    where: { tenantId },
    orderBy: { code: 'asc' },
    include: { targets: { orderBy: { year: 'asc' } }, team: { select: { actionField: { select: { code: true } } } }, operationalGoal: { select: { code: true } } },
  });
  return kpis.map((k) => ({
    line: 0,
    code: k.code,
    name: k.name,
    nameEn: k.nameEn ?? '',
    unit: k.unit,
    direction: k.direction as KpiDirection,
    frequency: k.frequency as Frequency,
    decimals: k.decimals,
    baseline: text(k.baselineValue),
    baselineYear: k.baselineYear,
    min: text(k.minValue),
    max: text(k.maxValue),
    field: k.team.actionField.code,
    goal: k.operationalGoal?.code ?? '',
    sdgIndicator: k.sdgIndicator ?? '',
    targets: k.targets.map((t) => ({ year: t.year, value: t.value.toFixed() })),
  }));
}
