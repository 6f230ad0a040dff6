import type { Db } from '../../db/client';
import { periodEnd as endOf, periodKey, periodStart, type Period } from '../../domain/period';
import { yearShareElapsed } from '../../domain/reportPeriods';
import type { Tenant } from '../../tenancy/tenant';
import { collectBudgets } from './collectBudgets';
import { collectDecisions } from './collectDecisions';
import { collectKpis } from './collectKpis';
import { collectMeasures } from './collectMeasures';
import type { InYearReport } from './inYearReport';

/** The in-year report of a period for the municipality, or for some of its action fields (by id). */
export async function collectInYearReport(db: Db, tenant: Tenant, period: Period, actionFieldIds: string[] | undefined, now: Date): Promise<InYearReport> {
  const fields = await db.actionField.findMany({
    where: { tenantId: tenant.id, ...(actionFieldIds && { id: { in: actionFieldIds } }) },
    select: { id: true, code: true, name: true, nameEn: true, team: { select: { id: true } } },
    orderBy: { code: 'asc' },
  });
  const end = endOf(period, tenant.timeZone);
  const yearStart = periodStart({ frequency: 'yearly', year: period.year, index: 1 }, tenant.timeZone).toJSDate();
  const teamIds = fields.flatMap((f) => (f.team ? [f.team.id] : []));
  const fieldIds = fields.map((f) => f.id);
  const budgets = await collectBudgets(db, tenant.id, fieldIds, period.year);
  const measures = await collectMeasures(db, tenant.id, teamIds, end);
  const kpis = await collectKpis(db, tenant.id, teamIds, period, end);
  return {
    tenantName: tenant.name,
    period: periodKey(period),
    periodEnd: end.toISOString(),
    asOf: now.toISOString(),
    yearSharePercent: yearShareElapsed(period, tenant.timeZone),
    fields: fields.map((f) => ({
      code: f.code,
      name: f.name,
      nameEn: f.nameEn,
      budget: budgets.get(f.id) ?? null,
      measures: (f.team && measures.get(f.team.id)) || [],
      kpis: (f.team && kpis.get(f.team.id)) || [],
    })),
    ...(await collectDecisions(db, tenant.id, fieldIds, yearStart, end)),
  };
}
