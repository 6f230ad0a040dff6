import type { CoverabilityEdge, LineSnapshot } from './lines';
import type { BudgetPolicy } from './policy';

export type Coverage = 'mutual' | 'one_way' | 'against_one_way' | 'none';

/**
 * How funds of `from` may cover `to`. An explicit rule wins over the joint budget's default, so a
 * one-way rule between two lines of one budget forbids the way back (§21 Abs. 2 KomHVO NRW).
 */
export function coverage(from: LineSnapshot, to: LineSnapshot, edges: readonly CoverabilityEdge[], policy: BudgetPolicy): Coverage {
  const between = edges.filter((e) => (e.fromLineId === from.id && e.toLineId === to.id) || (e.fromLineId === to.id && e.toLineId === from.id));
  if (between.some((e) => e.mutual)) return 'mutual';
  if (between.some((e) => e.fromLineId === from.id)) return 'one_way';
  if (between.length > 0) return 'against_one_way';
  const sameBudget = from.jointBudgetId === to.jointBudgetId && from.kind === to.kind && from.kind !== 'income';
  return sameBudget && policy.jointBudgetMutuallyCoverable ? 'mutual' : 'none';
}
