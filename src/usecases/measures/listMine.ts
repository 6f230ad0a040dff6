import { kpiDue } from '../../domain/kpiDue';
import { latestDuePeriod, periodKey, type Frequency } from '../../domain/period';
import type { UseCaseContext } from '../context';

/** "meine": the measures a person is responsible for, and their teams' KPIs whose value is due. */
export async function listMine(ctx: UseCaseContext) {
  const { actor, db, now } = ctx;
  const measures = await db.measure.findMany({
    where: { tenantId: actor.tenant.id, responsibleId: actor.personId },
    select: { code: true, title: true, status: true, progress: true, lastUpdateAt: true },
  });
  const kpis =
    actor.teamIds.length === 0
      ? []
      : await db.kpi.findMany({
          where: { tenantId: actor.tenant.id, teamId: { in: actor.teamIds } },
          select: { id: true, code: true, name: true, nameEn: true, frequency: true, graceDays: true },
          orderBy: { code: 'asc' },
        });
  const duePeriods = kpis.map((k) => periodKey(latestDuePeriod(k.frequency as Frequency, now, actor.tenant.timeZone)));
  const recorded = kpis.length === 0 ? [] : await db.kpiValue.findMany({
    where: { kpiId: { in: kpis.map((k) => k.id) }, period: { in: [...new Set(duePeriods)] } },
    select: { kpiId: true, period: true },
  });
  const dueKpis = kpis.flatMap((kpi) => {
    const periods = new Set(recorded.filter((r) => r.kpiId === kpi.id).map((r) => r.period));
    const due = kpiDue(kpi.frequency as Frequency, kpi.graceDays, periods, now, actor.tenant.timeZone);
    return due ? [{ kpi, ...due }] : [];
  });
  return { measures: measures.sort(byCodeNumber), dueKpis };
}

const codeOrder = new Intl.Collator('de', { numeric: true });

function byCodeNumber(a: { code: string }, b: { code: string }): number {
  return codeOrder.compare(a.code, b.code);
}

export type MyWork = Awaited<ReturnType<typeof listMine>>;
