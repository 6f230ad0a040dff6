import type { Db } from '../../db/client';
import { parsePeriod } from '../../domain/period';
import type { KpiValueRow } from '../../import/template/kpiValueRows';

/** A municipality's current KPI values as template rows, by KPI and period. */
export async function exportKpiValues(db: Db, tenantId: string): Promise<KpiValueRow[]> {
  const values = await db.kpiValue.findMany({
    where: { tenantId },
    orderBy: [{ kpi: { code: 'asc' } }, { periodEnd: 'asc' }],
    select: { period: true, value: true, note: true, kpi: { select: { code: true } }, recordedById: true },
  });
  const people = new Map((await db.person.findMany({ where: { tenantId }, select: { id: true, email: true } })).map((p) => [p.id, p.email]));
  return values.map((v) => ({ line: 0, kpi: v.kpi.code, period: parsePeriod(v.period)!, value: v.value.toFixed(), note: v.note ?? '', recorder: people.get(v.recordedById) ?? '' }));
}
