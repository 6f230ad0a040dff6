import type { Db } from '../../../src/db/client';
import type { SmallTown } from '../../support/fixtures';

/**
 * The small town's budgets for 2026: Klima (owner Lea) with free, blocked and earmarked lines, and
 * Mobilität with one line; treasurer Tina, committee member Carl, field approver Anna (Klima).
 */
export async function seedBudgetTown(db: Db, town: SmallTown) {
  const tenantId = town.tenant.id;
  const person = (email: string, displayName: string, role: string, scope = '') =>
    db.person.create({
      data: { tenantId, email, displayName, identities: { create: { tenantId, platform: 'console', externalUserId: email } }, roles: { create: { tenantId, role, scope } } },
    });
  const tina = await person('tina@klein.de', 'Tina Kämmerin', 'treasurer');
  const carl = await person('carl@klein.de', 'Carl Ausschuss', 'committee');
  const klima = await db.actionField.findFirstOrThrow({ where: { tenantId, code: 'KLI' } });
  const anna = await person('anna@klein.de', 'Anna Approver', 'approver', klima.id);
  const mobility = await db.actionField.create({ data: { tenantId, code: 'MOB', name: 'Mobilität' } });
  await db.budgetYear.create({ data: { tenantId, year: 2026 } });
  const kli = await db.jointBudget.create({ data: { tenantId, actionFieldId: klima.id, year: 2026, name: 'Gemeinsames Budget Klima 2026', ownerId: town.lea.id } });
  const mob = await db.jointBudget.create({ data: { tenantId, actionFieldId: mobility.id, year: 2026, name: 'Gemeinsames Budget Mobilität 2026' } });
  const line = (jointBudgetId: string, code: string, plannedCents: bigint, extra: Record<string, unknown> = {}) =>
    db.budgetLine.create({ data: { tenantId, year: 2026, jointBudgetId, code, account: '52110000', name: `Linie ${code}`, plannedCents, ...extra } });
  const lines = {
    k1: await line(kli.id, 'KLI-01', 10_000_000n, { committedCents: 1_000_000n, spentCents: 3_000_000n }),
    k2: await line(kli.id, 'KLI-02', 5_000_000n),
    k3: await line(kli.id, 'KLI-03', 2_000_000n, { blocked: true, blockReason: 'Haushaltssperre' }),
    k4: await line(kli.id, 'KLI-04', 2_000_000n, { earmark: 'Förderprogramm' }),
    m1: await line(mob.id, 'MOB-01', 3_000_000n),
  };
  await db.budgetProduct.create({ data: { tenantId, code: '1.120.12.01.01', name: 'Radwege' } });
  return { tina, carl, anna, kli, mob, lines };
}
