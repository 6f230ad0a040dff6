import type { BudgetPolicy } from './policy';

/** Classifications whose amounts count toward the year's §83 total (über- and außerplanmäßig). */
export const SECTION_83_KINDS = ['overplanned', 'unplanned'] as const;

/**
 * The early-warning thresholds (§81 GO NRW) the year's §83 total has passed (is above, DESIGN.md §7.6)
 * and that have not been warned of yet: each threshold warns once, also when one approval passes
 * several, and also when approvals that each stayed below it pass it together.
 */
export function dueWarningThresholds(policy: BudgetPolicy, totalCents: bigint, warnedCents: readonly bigint[]): bigint[] {
  return policy.supplementaryBudgetWarningsCents.filter((threshold) => totalCents > threshold && !warnedCents.includes(threshold));
}
