import type { Tx } from '../../db/client';
import type { BudgetPlanEntry } from '../../import/budget/readBudgetPlanFile';
import { ruleFor, type ProductRule } from '../../import/budget/productMapping';
import { issue, type ImportIssue } from '../../import/issues';

/** A code and name the caller chose for a line instead of `<object>/<account>` and the plan's names. */
export interface LineLabel {
  code: string;
  name: string;
}

/** An entry of the plan assigned to an action field's joint budget. */
export interface PlannedLine {
  entry: BudgetPlanEntry;
  field: string;
  code: string;
  /** The caller's name for the line; otherwise it is named after the plan. */
  name?: string;
  kind: 'expense' | 'income' | 'investment';
  plannedCents: bigint;
}

export interface ExistingLine {
  id: string;
  code: string;
  plannedCents: bigint;
  reallocatedInCents: bigint;
  reallocatedOutCents: bigint;
  committedCents: bigint;
  spentCents: bigint;
  jointBudgetId: string;
}

export interface UnmappedProduct {
  product: string;
  name: string;
  lines: number;
  cents: bigint;
}

export interface BudgetPlanDiff {
  created: PlannedLine[];
  unchanged: PlannedLine[];
  changed: { line: PlannedLine; existing: ExistingLine }[];
  unmapped: UnmappedProduct[];
  refused: ImportIssue[];
}

/** The plan lists income negative and expenses positive; a planned amount is always positive. */
function kindOf(entry: BudgetPlanEntry): PlannedLine['kind'] {
  if (entry.cents < 0n) return 'income';
  return entry.account.startsWith('78') ? 'investment' : 'expense';
}

const CHUNK = 500;
async function inChunks<T, R>(items: T[], load: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const all: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) all.push(...(await load(items.slice(i, i + CHUNK))));
  return all;
}

/**
 * Compares the plan with what the municipality has for the year: a line is the same when its
 * budget product and account are (so lines imported under other codes, like the demo's, are found).
 */
export async function diffBudgetPlan(
  tx: Tx,
  input: {
    tenantId: string;
    year: number;
    entries: BudgetPlanEntry[];
    rules: ProductRule[];
    /** The joint budget of each action field for the year, where there is one yet. */
    budgetOfField: Map<string, string>;
    labels?: Map<string, LineLabel>;
  },
): Promise<BudgetPlanDiff> {
  const diff: BudgetPlanDiff = { created: [], unchanged: [], changed: [], unmapped: [], refused: [] };
  const unmapped = new Map<string, UnmappedProduct>();
  const planned: PlannedLine[] = [];
  for (const entry of input.entries) {
    const rule = ruleFor(input.rules, [entry.product, entry.object]);
    if (!rule) {
      const product = unmapped.get(entry.product) ?? { product: entry.product, name: entry.name, lines: 0, cents: 0n };
      product.lines += entry.lines.length;
      product.cents += entry.cents;
      unmapped.set(entry.product, product);
      continue;
    }
    const plannedCents = entry.cents < 0n ? -entry.cents : entry.cents;
    const key = `${entry.object}/${entry.account}`;
    const label = input.labels?.get(key);
    planned.push({ entry, field: rule.field, code: label?.code ?? key, name: label?.name, kind: kindOf(entry), plannedCents });
  }
  diff.unmapped = [...unmapped.values()];

  const budgetIds = [...input.budgetOfField.values()];
  const existing = await tx.budgetLine.findMany({
    where: { tenantId: input.tenantId, jointBudgetId: { in: budgetIds } },
    select: { id: true, code: true, account: true, plannedCents: true, reallocatedInCents: true, reallocatedOutCents: true, committedCents: true, spentCents: true, jointBudgetId: true, product: { select: { code: true } } },
  });
  const byKey = new Map(existing.map((l) => [`${l.product?.code ?? ''}/${l.account}`, l]));
  const fresh: PlannedLine[] = [];
  for (const line of planned) {
    const found = byKey.get(`${line.entry.object}/${line.entry.account}`);
    if (!found) fresh.push(line);
    else if (found.jointBudgetId !== input.budgetOfField.get(line.field)) {
      diff.refused.push(issue(line.entry.lines[0]!, 'import:lineInOtherField', { code: found.code, field: line.field }));
    } else if (found.plannedCents === line.plannedCents) diff.unchanged.push(line);
    else diff.changed.push({ line, existing: found });
  }
  // Budget line codes are unique in a municipality's budget year: a new line must not take a code used elsewhere.
  const taken = await inChunks(
    fresh.map((l) => l.code),
    (codes) => tx.budgetLine.findMany({ where: { tenantId: input.tenantId, year: input.year, code: { in: codes } }, select: { code: true } }),
  );
  const takenCodes = new Set(taken.map((t) => t.code));
  for (const line of fresh) {
    if (takenCodes.has(line.code)) diff.refused.push(issue(line.entry.lines[0]!, 'import:codeTaken', { code: line.code }));
    else diff.created.push(line);
  }
  return diff;
}
