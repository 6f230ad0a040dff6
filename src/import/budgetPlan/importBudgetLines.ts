import type { Tx } from '../../db/client';
import type { BudgetPlanRow } from './budgetPlanReader';
import { classifyAccount, type ChartOfAccounts } from './chartOfAccountsReader';
import type { ImportProblem } from './problems';
import { productArea, type ProductCatalogue } from './productCatalogueReader';
import { appendAudit } from '../../audit/appendAudit';

export interface BudgetLineImportItem {
  row: BudgetPlanRow;
  /** Unique per tenant and budget year, e.g. `HF-MOB-01`; defaults to `<Objektnr.>/<Kostenart>`. */
  code?: string;
  /** Defaults to `<Bezeichnung>: <Kostenart Beschreibung>`. */
  name?: string;
}

export interface ImportBudgetLinesInput {
  tenantId: string;
  jointBudgetId: string;
  items: BudgetLineImportItem[];
  /** The amount column that holds the planned figures, e.g. `Plan 2017`. */
  column: string;
  /** Names the published plan in each line's `source`, e.g. "Haushaltsplan 2017 Stadt Wesel". */
  sourceTitle: string;
  chart: ChartOfAccounts;
  /** Fills the product area of new budget products. */
  catalogue?: ProductCatalogue;
  actorId?: string;
  now?: Date;
}

export interface ImportBudgetLinesResult {
  created: string[];
  /** Lines imported before with the same figure: left as they are. */
  unchanged: string[];
  /** Items not imported, by the line of the plan file they came from. */
  problems: ImportProblem[];
  /** Budget line id by code, for every created or unchanged line. */
  lineIds: Map<string, string>;
}

interface PreparedLine {
  row: BudgetPlanRow;
  code: string;
  name: string;
  kind: string;
  plannedCents: bigint;
}

/**
 * Imports selected plan rows as budget lines of a joint budget, each with its budget product and a
 * `plan` ledger entry. Re-running it creates nothing twice: a line whose code exists with the same
 * figure is left alone, one with another figure or in another budget is reported, never overwritten
 * (its plan may have been reallocated since).
 */
export async function importBudgetLines(db: Tx, input: ImportBudgetLinesInput): Promise<ImportBudgetLinesResult> {
  const now = input.now ?? new Date();
  const result: ImportBudgetLinesResult = { created: [], unchanged: [], problems: [], lineIds: new Map() };
  const prepared = prepareLines(input, result.problems);
  const { year } = await db.jointBudget.findUniqueOrThrow({ where: { id: input.jointBudgetId }, select: { year: true } });
  const existing = await db.budgetLine.findMany({
    where: { tenantId: input.tenantId, year, code: { in: prepared.map((p) => p.code) } },
    select: { id: true, code: true, jointBudgetId: true, account: true, plannedCents: true },
  });
  const byCode = new Map(existing.map((line) => [line.code, line]));

  for (const line of prepared) {
    const { row, code } = line;
    const found = byCode.get(code);
    if (found) {
      if (found.jointBudgetId !== input.jointBudgetId || found.account !== row.account) {
        result.problems.push({ line: row.line, reason: 'code_conflict', detail: `${code} gehört schon zu einer anderen Haushaltsposition` });
      } else if (found.plannedCents !== line.plannedCents) {
        result.problems.push({ line: row.line, reason: 'amount_changed', detail: `${code}: Ansatz ${found.plannedCents} ct bleibt, Datei nennt ${line.plannedCents} ct` });
      } else {
        result.unchanged.push(code);
        result.lineIds.set(code, found.id);
      }
      continue;
    }
    const id = await createLine(db, input, line, year, now);
    result.created.push(code);
    result.lineIds.set(code, id);
  }

  if (result.created.length > 0) {
    await appendAudit(db, {
        tenantId: input.tenantId,
        actorId: input.actorId ?? null,
        action: 'budget.import',
        entity: 'JointBudget',
        entityId: input.jointBudgetId,
        after: { source: input.sourceTitle, column: input.column, created: result.created },
        createdAt: now,
      });
  }
  result.problems.sort((a, b) => a.line - b.line);
  return result;
}

function prepareLines(input: ImportBudgetLinesInput, problems: ImportProblem[]): PreparedLine[] {
  const seen = new Set<string>();
  const prepared: PreparedLine[] = [];
  for (const { row, code = `${row.objectNumber}/${row.account}`, name } of input.items) {
    const amount = row.amounts[input.column];
    const category = amount === undefined ? undefined : classifyAccount(input.chart, row.account, amount);
    if (amount === undefined) {
      problems.push({ line: row.line, reason: 'unknown_column', detail: `Spalte "${input.column}" fehlt` });
    } else if (!category) {
      problems.push({ line: row.line, reason: 'unknown_account', detail: `Kostenart ${row.account} ist im Kontenrahmen nicht zugeordnet` });
    } else if (seen.has(code)) {
      problems.push({ line: row.line, reason: 'duplicate_code', detail: `${code} kommt mehrfach vor` });
    } else {
      // The plan lists income negative and expenses positive; a planned amount is always positive.
      const plannedCents = category.kind === 'income' ? -amount : amount;
      if (plannedCents < 0n) {
        problems.push({ line: row.line, reason: 'negative_amount', detail: `${input.column}: ${amount} ct passt nicht zu ${category.side}` });
        continue;
      }
      seen.add(code);
      prepared.push({ row, code, name: name ?? `${row.productName}: ${row.accountDescription}`, kind: category.kind, plannedCents });
    }
  }
  return prepared;
}

async function createLine(db: Tx, input: ImportBudgetLinesInput, line: PreparedLine, year: number, now: Date): Promise<string> {
  const { row } = line;
  const product = await db.budgetProduct.upsert({
    where: { tenantId_code: { tenantId: input.tenantId, code: row.objectNumber } },
    create: {
      tenantId: input.tenantId,
      code: row.objectNumber,
      name: row.productName,
      area: input.catalogue ? productArea(input.catalogue, row.profitCenter) : '',
    },
    update: {},
    select: { id: true },
  });
  const source = `${input.sourceTitle}, Profitcenter ${row.profitCenter}, Kostenart ${row.account}, ${input.column}`;
  const created = await db.budgetLine.create({
    data: {
      tenantId: input.tenantId,
      jointBudgetId: input.jointBudgetId,
      year,
      productId: product.id,
      code: line.code,
      account: row.account,
      name: line.name,
      kind: line.kind,
      plannedCents: line.plannedCents,
      source,
      ledger: { create: { tenantId: input.tenantId, kind: 'plan', amountCents: line.plannedCents, reference: source, createdAt: now } },
    },
    select: { id: true },
  });
  return created.id;
}
