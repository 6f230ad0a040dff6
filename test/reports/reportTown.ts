import type { Db } from '../../src/db/client';
import type { Tenant } from '../../src/tenancy/tenant';
import { seedSmallTown, type SmallTown } from '../support/fixtures';

/** 07.10.2026 09:00 in Berlin: the draft day of the Q3 report (5th working day after 30.09.). */
export const draftDay = new Date('2026-10-07T07:00:00Z');
const at = (iso: string) => new Date(iso);

/**
 * The small town with figures whose report is computed by hand in the tests: a joint budget, measures
 * with dates, KPI values; `withDecisions` adds an open alert and an approved überplanmäßige reallocation.
 */
export async function seedReportTown(db: Db, withDecisions = false) {
  return addReportFigures(db, await seedSmallTown(db, at('2026-09-01T10:00:00Z')), withDecisions);
}

/** The report's figures added to a small town seeded elsewhere (e.g. by a platform test harness). */
export async function addReportFigures(db: Db, town: SmallTown, withDecisions = false) {
  const tenantId = town.tenant.id;
  const tenant: Tenant = { id: tenantId, slug: 'klein', name: 'Kleinstadt', locale: 'de', timeZone: 'Europe/Berlin' };
  await db.budgetYear.create({ data: { tenantId, year: 2026 } });
  const budget = await db.jointBudget.create({ data: { tenantId, actionFieldId: town.team.actionFieldId, year: 2026, name: 'Gemeinsames Budget Klima 2026' } });
  // Available 100.000 + (20.000 + 5.000) = 125.000 €; spent 50.000 + 10.000, committed 15.000: 75.000 € = 60 %.
  const l1 = await db.budgetLine.create({ data: { tenantId, year: 2026, jointBudgetId: budget.id, code: 'KLI-01', account: '52910000', name: 'Energieberatung', plannedCents: 10_000_000n, spentCents: 5_000_000n, committedCents: 1_500_000n } });
  const l2 = await db.budgetLine.create({ data: { tenantId, year: 2026, jointBudgetId: budget.id, code: 'KLI-02', account: '52110000', name: 'Dämmung', plannedCents: 2_000_000n, reallocatedInCents: 500_000n, spentCents: 1_000_000n } });
  // M-1: 01.01.–31.12.2026 (Berlin), 40 %: the plan expects 75 % at the end of September.
  await db.measure.update({ where: { id: town.m1.id }, data: { startDate: at('2025-12-31T23:00:00Z'), dueDate: at('2026-12-31T23:00:00Z') } });
  // M-2: due 30.06.2026, delayed at 80 %: overdue.
  await db.measure.update({ where: { id: town.m2.id }, data: { status: 'delayed', progress: 80, startDate: at('2026-01-31T23:00:00Z'), dueDate: at('2026-06-30T22:00:00Z') } });
  await db.kpiTarget.create({ data: { tenantId, kpiId: town.co2.id, year: 2026, value: '6.2' } });
  const value = (kpiId: string, period: string, periodEnd: string, v: string) => db.kpiValue.create({ data: { tenantId, kpiId, period, periodEnd: at(periodEnd), value: v, recordedById: town.max.id } });
  await value(town.co2.id, '2024', '2024-12-31T23:00:00Z', '7.0');
  await value(town.co2.id, '2025', '2025-12-31T23:00:00Z', '6.9');
  await value(town.mob.id, '2026-Q2', '2026-06-30T22:00:00Z', '12.0');
  await value(town.mob.id, '2026-Q3', '2026-09-30T22:00:00Z', '14.5');
  await value(town.mob.id, '2026-Q4', '2026-12-31T23:00:00Z', '15.0');
  if (withDecisions) {
    await db.alert.create({ data: { tenantId, number: 1, kind: 'kpi_off_target', fingerprint: `kpi:${town.co2.id}:off_target`, kpiId: town.co2.id, severity: 'warning', state: 'firing', period: '2025', firedAt: at('2026-02-01T08:00:00Z') } });
    await db.reallocationRequest.create({
      data: { tenantId, number: 1, year: 2026, legalBasis: '§ 83 GO NRW', deciderRoles: 'treasurer', jointBudgetId: budget.id, fromLineId: l1.id, toLineId: l2.id, amountCents: 500_000n, reason: 'Mehrbedarf Dämmung', sustainabilityEffect: 'positive', sustainabilityNote: 'Dämmung senkt den Wärmebedarf', classification: 'overplanned', requiredLevel: 'treasurer', status: 'approved', requesterId: town.lea.id, createdAt: at('2026-07-20T08:00:00Z'), decidedAt: at('2026-08-03T08:00:00Z') },
    });
    await db.reallocationRequest.create({
      data: { tenantId, number: 2, year: 2026, legalBasis: '§ 21 KomHVO NRW', deciderRoles: 'team_lead', jointBudgetId: budget.id, fromLineId: l1.id, toLineId: l2.id, amountCents: 120_000n, reason: 'Material', classification: 'internal', requiredLevel: 'team_lead', status: 'pending', requesterId: town.max.id, createdAt: at('2026-09-20T08:00:00Z') },
    });
  }
  return { ...town, tenant, tenantRow: town.tenant, budget, l1, l2 };
}
