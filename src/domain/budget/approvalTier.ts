import type { ApprovalTier } from './policy';

/** The tier whose range holds the amount: the last one starting at or below it. */
export function tierFor(tiers: readonly ApprovalTier[], amountCents: bigint): ApprovalTier {
  let chosen = tiers[0]!;
  for (const tier of tiers) if (tier.fromCents <= amountCents) chosen = tier;
  return chosen;
}
