import type { Db } from '../../db/client';
import { authorisedCents, type LineSnapshot } from '../../domain/budget/lines';
import { percentOf } from '../../domain/percent';
import type { BudgetFigures } from './inYearReport';

/**
 * Each field's joint budget of the year, summed over its expense and investment lines (income lines
 * are not spending): current figures, the ledger's state when read.
 */
export async function collectBudgets(db: Db, tenantId: string, fieldIds: string[], year: number): Promise<Map<string, BudgetFigures>> {
  const budgets = await db.jointBudget.findMany({
    where: { tenantId, year, actionFieldId: { in: fieldIds } },
    select: { actionFieldId: true, lines: { where: { kind: { not: 'income' } } } },
  });
  const byField = new Map<string, BudgetFigures>();
  for (const b of budgets) {
    let available = 0n;
    let spent = 0n;
    let committed = 0n;
    for (const l of b.lines) {
      available += authorisedCents(l as LineSnapshot);
      spent += l.spentCents;
      committed += l.committedCents;
    }
    byField.set(b.actionFieldId, {
      availableCents: available.toString(),
      spentCents: spent.toString(),
      committedCents: committed.toString(),
      executedPercent: percentOf(spent + committed, available),
      lines: b.lines.length,
    });
  }
  return byField;
}
