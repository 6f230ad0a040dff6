import crypto from 'node:crypto';
import type { Tx } from '../../db/client';
import { insertRows } from '../../db/insertRows';
import type { PlannedLine } from './budgetPlanDiff';
import type { ImportBudgetPlanInput } from './importBudgetPlan';

/** A line's provenance: the file, the amount column and the lines of the file it came from. */
export function sourceOf(input: ImportBudgetPlanInput, line: PlannedLine): string {
  return `${input.sourceTitle}, ${input.amountColumn}, ${line.entry.lines.map(String).join('+')}`;
}

/**
 * Creates the plan's new lines in their joint budgets, each with its budget product (created when
 * missing) and a `plan` ledger entry, with multi-row INSERTs: a whole plan in a few statements.
 */
export async function createLines(tx: Tx, input: ImportBudgetPlanInput, lines: PlannedLine[], budgetOfField: Map<string, string>): Promise<void> {
  const { tenantId } = input;
  const codes = [...new Set(lines.map((l) => l.entry.object))];
  const products = new Map<string, string>();
  for (let i = 0; i < codes.length; i += 500) {
    const found = await tx.budgetProduct.findMany({ where: { tenantId, code: { in: codes.slice(i, i + 500) } }, select: { id: true, code: true } });
    for (const p of found) products.set(p.code, p.id);
  }
  const newProducts: unknown[][] = [];
  for (const line of lines) {
    if (products.has(line.entry.object)) continue;
    const id = crypto.randomUUID();
    products.set(line.entry.object, id);
    newProducts.push([id, tenantId, line.entry.object, line.entry.name || line.entry.object, '']);
  }
  await insertRows(tx, 'BudgetProduct', ['id', 'tenantId', 'code', 'name', 'area'], newProducts);
  const rows = lines.map((line) => ({ id: crypto.randomUUID(), line, source: sourceOf(input, line) }));
  await insertRows(
    tx,
    'BudgetLine',
    ['id', 'tenantId', 'year', 'jointBudgetId', 'productId', 'code', 'account', 'name', 'kind', 'plannedCents', 'source'],
    rows.map(({ id, line, source }) => [
      id,
      tenantId,
      input.year,
      budgetOfField.get(line.field)!,
      products.get(line.entry.object)!,
      line.code,
      line.entry.account,
      line.name ?? ([line.entry.name, line.entry.accountName].filter(Boolean).join(': ') || line.code),
      line.kind,
      line.plannedCents,
      source,
    ]),
  );
  await insertRows(
    tx,
    'BudgetLedgerEntry',
    ['id', 'tenantId', 'budgetLineId', 'kind', 'amountCents', 'reference', 'createdAt'],
    rows.map(({ id, line, source }) => [crypto.randomUUID(), tenantId, id, 'plan', line.plannedCents, source, input.now]),
  );
}
