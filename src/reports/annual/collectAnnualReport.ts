import Decimal from 'decimal.js';
import type { Db } from '../../db/client';
import { periodEnd } from '../../domain/period';
import type { Tenant } from '../../tenancy/tenant';
import { percentOf } from '../../domain/percent';
import type { AnnualKpi, AnnualReport, GoalBudget, GoalFigures } from './annualReport';
import { collectGoalKpis } from './collectGoalKpis';
import { collectGoalMeasures } from './collectGoalMeasures';
import { collectProductBudgets, type ProductBudget } from './collectProductBudgets';

/** The annual goal-achievement report of a year for the municipality, or for some of its action fields (by id). */
export async function collectAnnualReport(db: Db, tenant: Tenant, year: number, actionFieldIds: string[] | undefined, now: Date): Promise<AnnualReport> {
  const end = periodEnd({ frequency: 'yearly', year, index: 1 }, tenant.timeZone);
  const strategic = await db.strategicGoal.findMany({
    where: { tenantId: tenant.id, ...(actionFieldIds && { actionFieldId: { in: actionFieldIds } }) },
    select: { code: true, title: true, sdgs: true, actionField: { select: { code: true, name: true, nameEn: true } }, operationalGoals: { select: { id: true, code: true, title: true, sdgs: true, product: { select: { id: true, code: true } } } } },
  });
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, 'de', { numeric: true });
  strategic.sort((a, b) => a.actionField.code.localeCompare(b.actionField.code) || byCode(a, b));
  const operational = strategic.flatMap((s) => s.operationalGoals);
  const goalIds = operational.map((g) => g.id);
  // While the year runs, values of periods not yet ended (forecasts) do not count.
  const kpis = await collectGoalKpis(db, tenant.id, goalIds, year, now < end ? now : end);
  const measures = await collectGoalMeasures(db, tenant.id, goalIds, end);
  const budgets = await collectProductBudgets(db, tenant.id, operational.flatMap((g) => (g.product ? [g.product.id] : [])), year);
  return {
    tenantName: tenant.name,
    year,
    yearEnd: end.toISOString(),
    asOf: now.toISOString(),
    interim: now < end,
    strategicGoals: strategic.map((s) => {
      const goals = [...s.operationalGoals].sort(byCode).map((g) => {
        const goalKpis = kpis.get(g.id) ?? [];
        const products = g.product ? [g.product.id] : [];
        return { code: g.code, title: g.title, sdgs: g.sdgs, productCode: g.product?.code ?? null, kpis: goalKpis, ...figures(goalKpis, [measures.get(g.id)], products, budgets) };
      });
      const products = [...new Set(s.operationalGoals.flatMap((g) => (g.product ? [g.product.id] : [])))];
      const all = figures(goals.flatMap((g) => g.kpis), s.operationalGoals.map((g) => measures.get(g.id)), products, budgets);
      return { code: s.code, title: s.title, fieldCode: s.actionField.code, fieldName: s.actionField.name, fieldNameEn: s.actionField.nameEn, sdgs: s.sdgs, ...all, operationalGoals: goals };
    }),
  };
}

function figures(kpis: AnnualKpi[], measures: ({ total: number; done: number } | undefined)[], productIds: string[], budgets: Map<string, ProductBudget>): GoalFigures {
  return {
    achievementPct: meanAchievement(kpis),
    measures: measures.reduce<{ total: number; done: number }>((sum, m) => ({ total: sum.total + (m?.total ?? 0), done: sum.done + (m?.done ?? 0) }), { total: 0, done: 0 }),
    budget: goalBudget(productIds.flatMap((id) => budgets.get(id) ?? [])),
  };
}

/** Each KPI counted between 0 and 100 %, so that one exceeded target does not hide a missed one. */
function meanAchievement(kpis: AnnualKpi[]): string | null {
  const degrees = kpis.flatMap((k) => (k.achievementPct === null ? [] : [Decimal.min(100, Decimal.max(0, k.achievementPct))]));
  if (degrees.length === 0) return null;
  return Decimal.sum(...degrees).dividedBy(degrees.length).toFixed(0);
}

function goalBudget(parts: ProductBudget[]): GoalBudget | null {
  if (parts.length === 0) return null;
  const available = parts.reduce((sum, p) => sum + p.available, 0n);
  const spent = parts.reduce((sum, p) => sum + p.spent, 0n);
  return { availableCents: available.toString(), spentCents: spent.toString(), usedPercent: percentOf(spent, available) };
}
