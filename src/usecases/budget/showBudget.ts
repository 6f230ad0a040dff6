import { authorisedCents, availableCents } from '../../domain/budget/lines';
import { percentOf } from '../../domain/percent';
import type { UseCaseContext } from '../context';
import { yearElapsedPercent } from './budgetYear';
import { findJointBudget, type JointBudgetRef } from './findJointBudget';
import { lineColumns, snapshotOf } from './lineSnapshot';

export interface BudgetLineFigures {
  code: string;
  name: string;
  kind: string;
  plannedCents: bigint;
  inCents: bigint;
  outCents: bigint;
  committedCents: bigint;
  spentCents: bigint;
  availableCents: bigint;
  blocked: boolean;
  blockReason: string | null;
  earmark: string | null;
}

export interface JointBudgetFigures {
  budget: JointBudgetRef;
  lines: BudgetLineFigures[];
  totals: Omit<BudgetLineFigures, 'code' | 'name' | 'kind' | 'blocked' | 'blockReason' | 'earmark'>;
  /** Spending against the authorised expense (plan plus reallocations), in percent to one decimal. */
  spentPercent: number;
  yearElapsedPercent: number;
}

/** `budget [Handlungsfeld]`: the joint budget with each line's figures and the execution against time. */
export async function showJointBudget(ctx: UseCaseContext, field?: string): Promise<JointBudgetFigures> {
  const budget = await findJointBudget(ctx, field);
  const rows = await ctx.db.budgetLine.findMany({ where: { jointBudgetId: budget.id }, select: lineColumns, orderBy: { code: 'asc' } });
  const lines = rows.map((row) => {
    const available = availableCents(snapshotOf(row));
    return {
      code: row.code,
      name: row.name,
      kind: row.kind,
      plannedCents: row.plannedCents,
      inCents: row.reallocatedInCents,
      outCents: row.reallocatedOutCents,
      committedCents: row.committedCents,
      spentCents: row.spentCents,
      availableCents: available < 0n ? 0n : available,
      blocked: row.blocked,
      blockReason: row.blockReason,
      earmark: row.earmark,
    };
  });
  const expenses = lines.filter((l) => l.kind !== 'income');
  const sum = (pick: (l: BudgetLineFigures) => bigint) => expenses.reduce((total, l) => total + pick(l), 0n);
  const totals = {
    plannedCents: sum((l) => l.plannedCents),
    inCents: sum((l) => l.inCents),
    outCents: sum((l) => l.outCents),
    committedCents: sum((l) => l.committedCents),
    spentCents: sum((l) => l.spentCents),
    availableCents: sum((l) => l.availableCents),
  };
  const authorised = rows.filter((r) => r.kind !== 'income').reduce((total, r) => total + authorisedCents(snapshotOf(r)), 0n);
  return {
    budget,
    lines,
    totals,
    spentPercent: percentOf(totals.spentCents, authorised) ?? 0,
    yearElapsedPercent: yearElapsedPercent(budget.year, ctx.now, ctx.actor.tenant.timeZone),
  };
}
