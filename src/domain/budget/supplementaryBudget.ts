import type { BudgetPolicy } from './policy';

/**
 * The early-warning thresholds (§81 GO NRW) the year's §83 total crossed by going from `before` to
 * `after`: each threshold is reached once, so each warns once.
 */
export function crossedWarningThresholds(policy: BudgetPolicy, beforeCents: bigint, afterCents: bigint): bigint[] {
  return policy.supplementaryBudgetWarningsCents.filter((threshold) => beforeCents < threshold && afterCents >= threshold);
}
