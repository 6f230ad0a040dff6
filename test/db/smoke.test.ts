import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';

describe.each(providers)('fresh %s database', (provider) => {
  let handle: TestDatabase | undefined;
  afterEach(async () => handle?.drop());

  it('starts empty and keeps money exact as BigInt cents', async () => {
    handle = await freshDatabase(provider);
    const { db } = handle;
    expect(await db.tenant.count()).toBe(0);
    const tenant = await db.tenant.create({ data: { slug: 't', name: 'T' } });
    expect(tenant.locale).toBe('de');
    const tenantId = tenant.id;
    const field = await db.actionField.create({ data: { tenantId, code: 'KLI', name: 'Klima' } });
    await db.budgetYear.create({ data: { tenantId, year: 2026 } });
    const budget = await db.jointBudget.create({ data: { tenantId, actionFieldId: field.id, year: 2026, name: 'Gemeinsames Budget Klima 2026' } });
    // 2^53 + 1 cents: a double (a JavaScript number, a REAL column) would keep …992.
    const planned = 9_007_199_254_740_993n;
    const line = await db.budgetLine.create({ data: { tenantId, year: 2026, jointBudgetId: budget.id, code: 'L-1', account: '52110000', name: 'Dämmung', plannedCents: planned } });
    expect((await db.budgetLine.findUniqueOrThrow({ where: { id: line.id } })).plannedCents).toBe(planned);
    // 0.10 € + 0.20 € is 0.30 €, also when the database adds them up.
    await db.budgetLedgerEntry.createMany({ data: [10n, 20n, planned].map((amountCents) => ({ tenantId, budgetLineId: line.id, kind: 'actual', amountCents })) });
    const sum = await db.budgetLedgerEntry.aggregate({ where: { budgetLineId: line.id }, _sum: { amountCents: true } });
    expect(sum._sum.amountCents).toBe(9_007_199_254_741_023n);
    const small = await db.budgetLedgerEntry.aggregate({ where: { budgetLineId: line.id, amountCents: { lt: 100n } }, _sum: { amountCents: true } });
    expect(small._sum.amountCents).toBe(30n);
  });
});
