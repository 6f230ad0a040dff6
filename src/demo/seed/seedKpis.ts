import { periodEnd, periodKey } from '../../domain/period';
import { kpis } from '../content/kpis';
import { kpiSeries } from './kpiSeries';
import { daysFrom, idOf, type SeedContext } from './seedContext';

const GRACE_DAYS = { monthly: 10, quarterly: 30, yearly: 90 } as const;
/** Days after a period's end until its value is typically recorded. */
const RECORDING_LAG_DAYS = { monthly: 6, quarterly: 20, yearly: 75 } as const;

/** KPIs with targets and three years of values, each value with its first revision. */
export async function seedKpis(ctx: SeedContext): Promise<void> {
  const { tx, tenantId, now, zone } = ctx;
  for (const kpi of kpis) {
    const series = kpiSeries(kpi, now, zone);
    const recordedById = idOf(ctx.people, kpi.recorder, 'person');
    const created = await tx.kpi.create({
      data: {
        tenantId,
        code: kpi.code,
        name: kpi.name,
        nameEn: kpi.nameEn,
        unit: kpi.unit,
        sdgIndicator: kpi.sdgIndicator,
        direction: kpi.direction,
        frequency: kpi.frequency,
        baselineValue: kpi.baseline.toFixed(kpi.decimals),
        baselineYear: series.baselineYear,
        decimals: kpi.decimals,
        graceDays: GRACE_DAYS[kpi.frequency],
        teamId: idOf(ctx.fields, kpi.field, 'action field').teamId,
        operationalGoalId: idOf(ctx.goals, kpi.goal, 'operational goal'),
        targets: { createMany: { data: series.targets.map((t) => ({ tenantId, year: t.year, value: t.value })) } },
      },
      select: { id: true },
    });
    const rows = series.values.map(({ period, value }) => {
      const end = periodEnd(period, zone);
      const recorded = daysFrom(end, RECORDING_LAG_DAYS[kpi.frequency]);
      const recordedAt = recorded < now ? recorded : daysFrom(now, -1 / 24);
      return { tenantId, kpiId: created.id, period: periodKey(period), periodEnd: end, value, recordedById, recordedAt, revision: 1 };
    });
    const values = await tx.kpiValue.createManyAndReturn({ data: rows, select: { id: true, value: true, recordedAt: true } });
    await tx.kpiValueRevision.createMany({
      data: values.map((v) => ({ tenantId, kpiValueId: v.id, revision: 1, value: v.value, recordedById, recordedAt: v.recordedAt })),
    });
  }
}
