import { tierFor } from './approvalTier';
import { coverage } from './coverability';
import { availableCents, type CoverabilityEdge, type LineSnapshot } from './lines';
import type { ApprovalTier, BudgetPolicy } from './policy';

export const REFUSAL_RULES = [
  'invalid_amount',
  'same_line',
  'blocked',
  'earmark',
  'insufficient_funds',
  'one_way_edge',
  'justification_required',
] as const;
export type RefusalRule = (typeof REFUSAL_RULES)[number];

export interface ReallocationProposal {
  amountCents: bigint;
  from: LineSnapshot;
  /** A new line (außerplanmäßig) is a snapshot with a planned amount of 0. */
  to: LineSnapshot;
  /** Why the expense is unavoidable (unabweisbar); needed for §83 items. */
  justification?: string | undefined;
  /** Über- and außerplanmäßige amounts to the target line this fiscal year, pending or approved. */
  priorOverspendCents: bigint;
}

export type Refusal = {
  kind: 'refused';
  rule: RefusalRule;
  legalBasis?: string;
  /** The blocked line (rule `blocked`). */
  lineId?: string;
  /** What the source can give (rule `insufficient_funds`). */
  availableCents?: bigint;
};

export type Admission = {
  kind: 'internal' | 'overplanned' | 'unplanned';
  legalBasis: string;
  tier: ApprovalTier;
  /** The funds come from a line, or from additional income (Mehrerträge) of an income line. */
  cover: 'line' | 'additional_income';
  /** §83 items: the cumulative amount to the target line this year including this one; else 0. */
  cumulativeCents: bigint;
  /** §83 items at or above the materiality threshold wait for the council's prior consent. */
  councilConsent: boolean;
};

export type Classification = Refusal | Admission;

/** Classifies a reallocation by DESIGN.md §7, checking the rules in the order the law applies them. */
export function classifyReallocation(p: ReallocationProposal, edges: readonly CoverabilityEdge[], policy: BudgetPolicy): Classification {
  const basis = policy.legalBasis;
  if (p.amountCents <= 0n) return { kind: 'refused', rule: 'invalid_amount' };
  if (p.from.id === p.to.id) return { kind: 'refused', rule: 'same_line' };
  const blocked = [p.from, p.to].find((line) => line.blocked);
  if (blocked) return { kind: 'refused', rule: 'blocked', legalBasis: basis.blocked, lineId: blocked.id };
  if (p.from.earmark !== null && p.from.earmark !== p.to.earmark) {
    return { kind: 'refused', rule: 'earmark', legalBasis: basis.earmark };
  }
  const available = availableCents(p.from);
  if (available < p.amountCents) {
    return { kind: 'refused', rule: 'insufficient_funds', legalBasis: basis.insufficientFunds, availableCents: available < 0n ? 0n : available };
  }
  const cover = p.from.kind === 'income' ? 'additional_income' : 'line';
  const way = coverage(p.from, p.to, edges, policy);
  if (way === 'against_one_way') return { kind: 'refused', rule: 'one_way_edge', legalBasis: basis.oneWayEdge };
  if (way !== 'none') {
    const tier = tierFor(policy.approval.internal, p.amountCents);
    return { kind: 'internal', legalBasis: basis.internal, tier, cover, cumulativeCents: 0n, councilConsent: false };
  }
  const kind = p.to.plannedCents > 0n ? 'overplanned' : 'unplanned';
  if (!p.justification?.trim()) return { kind: 'refused', rule: 'justification_required', legalBasis: basis[kind] };
  const cumulativeCents = p.priorOverspendCents + p.amountCents;
  return {
    kind,
    legalBasis: basis[kind],
    tier: tierFor(policy.approval[kind], p.amountCents),
    cover,
    cumulativeCents,
    councilConsent: cumulativeCents >= policy.materialityThresholdCents,
  };
}
