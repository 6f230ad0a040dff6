import type { LineSnapshot } from '../../../src/domain/budget/lines';

/** A free expense line with nothing moved, committed or spent. */
export function freeLine(id: string, jointBudgetId: string, plannedCents = 1_000_000n): LineSnapshot {
  return {
    id,
    jointBudgetId,
    kind: 'expense',
    plannedCents,
    reallocatedInCents: 0n,
    reallocatedOutCents: 0n,
    committedCents: 0n,
    spentCents: 0n,
    blocked: false,
    earmark: null,
  };
}
