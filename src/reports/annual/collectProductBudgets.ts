import type { Db } from '../../db/client';
import { authorisedCents, type LineSnapshot } from '../../domain/budget/lines';

export interface ProductBudget {
  available: bigint;
  spent: bigint;
}

/** The year's expense and investment lines summed per budget product (by id): an operational goal's budget is its product's. */
export async function collectProductBudgets(db: Db, tenantId: string, productIds: string[], year: number): Promise<Map<string, ProductBudget>> {
  const lines = await db.budgetLine.findMany({ where: { tenantId, year, productId: { in: productIds }, kind: { not: 'income' } } });
  const byProduct = new Map<string, ProductBudget>();
  for (const line of lines) {
    const sum = byProduct.get(line.productId!) ?? { available: 0n, spent: 0n };
    sum.available += authorisedCents(line as LineSnapshot);
    sum.spent += line.spentCents;
    byProduct.set(line.productId!, sum);
  }
  return byProduct;
}
