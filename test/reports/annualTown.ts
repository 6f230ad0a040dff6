import type { Db } from '../../src/db/client';
import { seedReportTown } from './reportTown';

/** 01.02.2027 in Berlin: the year 2026 is closed. */
export const afterYear = new Date('2027-02-01T09:00:00Z');

/**
 * The report town with its goals filled in for the annual report, figures computed by hand in the tests:
 * SZ-1 Klimaneutral bis 2040 (KLI) with
 *  - OZ-1 Gebäude sanieren, product 1.110.01 = line KLI-02 (available 25.000 €, spent 10.000 € = 40 %),
 *    KPI CO2-1 (baseline 8,1 in 2020, target 2026 6,2, latest 2025 6,9: 63 %), measure M-1 (on track in
 *    2026, done only on 15.01.2027);
 *  - OZ-2 Solarstrom, product 1.110.02 = line KLI-01 (available 100.000 €, spent 50.000 € = 50 %),
 *    KPI MOB-1 (no baseline, target 2026 20: Q3 14,5 = 73 %, Q4 15,0 = 75 %), measures M-2 (delayed)
 *    and M-3 (done);
 * SZ-2 Klimafolgen anpassen without operational goals.
 */
export async function seedAnnualTown(db: Db) {
  const town = await seedReportTown(db);
  const tenantId = town.tenant.id;
  const sz1 = await db.strategicGoal.findUniqueOrThrow({ where: { tenantId_code: { tenantId, code: 'SZ-1' } } });
  await db.strategicGoal.create({ data: { tenantId, actionFieldId: town.team.actionFieldId, code: 'SZ-2', title: 'Klimafolgen anpassen', sdgs: '13' } });
  const buildings = await db.budgetProduct.create({ data: { tenantId, code: '1.110.01', name: 'Gebäude' } });
  const solar = await db.budgetProduct.create({ data: { tenantId, code: '1.110.02', name: 'Solarstrom' } });
  const oz1 = await db.operationalGoal.update({ where: { tenantId_code: { tenantId, code: 'OZ-1' } }, data: { productId: buildings.id } });
  const oz2 = await db.operationalGoal.create({ data: { tenantId, strategicGoalId: sz1.id, code: 'OZ-2', title: 'Solarstrom', sdgs: '7', productId: solar.id } });
  await db.budgetLine.update({ where: { id: town.l2.id }, data: { productId: buildings.id } });
  await db.budgetLine.update({ where: { id: town.l1.id }, data: { productId: solar.id } });
  await db.kpi.update({ where: { id: town.co2.id }, data: { operationalGoalId: oz1.id } });
  await db.kpi.update({ where: { id: town.mob.id }, data: { operationalGoalId: oz2.id, targets: { create: { tenantId, year: 2026, value: '20' } } } });
  await db.measure.update({ where: { id: town.m2.id }, data: { operationalGoalId: oz2.id } });
  await db.measure.create({ data: { tenantId, code: 'M-3', title: 'Solaranlage Bauhof', teamId: town.team.id, operationalGoalId: oz2.id, status: 'done', progress: 100 } });
  return { ...town, oz1, oz2 };
}

/** M-1 completed on 15.01.2027: done now, but not at the end of 2026. */
export async function completeM1InJanuary(db: Db, town: Awaited<ReturnType<typeof seedAnnualTown>>) {
  await db.measure.update({ where: { id: town.m1.id }, data: { status: 'done', progress: 100 } });
  await db.measureProgress.create({
    data: { tenantId: town.tenant.id, measureId: town.m1.id, authorId: town.max.id, percent: 100, status: 'done', previousPercent: 40, previousStatus: 'on_track', createdAt: new Date('2027-01-15T10:00:00Z') },
  });
}
