import type { BudgetPolicy } from '../../../src/domain/budget/policy';

/**
 * A literal reading of DESIGN.md §7, written separately from the product's code and kept naive
 * (no shared helpers), so the property tests compare two independent implementations.
 */
export interface RefLine {
  id: string;
  budget: string;
  kind: 'expense' | 'income' | 'investment';
  planned: bigint;
  moved_in: bigint;
  moved_out: bigint;
  committed: bigint;
  spent: bigint;
  blocked: boolean;
  earmark: string | null;
}

export interface RefRule {
  from: string;
  to: string;
  mutual: boolean;
}

export function referenceClassify(
  amount: bigint,
  from: RefLine,
  to: RefLine,
  rules: RefRule[],
  justification: string | undefined,
  prior: bigint,
  policy: BudgetPolicy,
): { kind: string; rule?: string; available?: bigint; council?: boolean; level?: string; approvals?: number } {
  if (amount <= 0n) return { kind: 'refused', rule: 'invalid_amount' };
  if (from.id === to.id) return { kind: 'refused', rule: 'same_line' };
  // 1. a block on either line
  if (from.blocked || to.blocked) return { kind: 'refused', rule: 'blocked' };
  // 2. earmarked source, target outside the purpose
  if (from.earmark != null && to.earmark !== from.earmark) return { kind: 'refused', rule: 'earmark' };
  // 3. available funds of the source
  let available: bigint;
  if (from.kind === 'income') available = from.spent - from.planned - from.moved_out;
  else available = from.planned + from.moved_in - from.moved_out - from.committed - from.spent;
  if (amount > available) return { kind: 'refused', rule: 'insufficient_funds', available: available > 0n ? available : 0n };
  // 4. coverability
  let mutual = false;
  let oneWay = false;
  let against = false;
  for (const r of rules) {
    if (r.mutual && ((r.from === from.id && r.to === to.id) || (r.from === to.id && r.to === from.id))) mutual = true;
    if (!r.mutual && r.from === from.id && r.to === to.id) oneWay = true;
    if (!r.mutual && r.from === to.id && r.to === from.id) against = true;
  }
  const explicit = mutual || oneWay || against;
  if (!explicit && policy.jointBudgetMutuallyCoverable && from.budget === to.budget && from.kind === to.kind && from.kind !== 'income') {
    mutual = true;
  }
  const pick = (tiers: BudgetPolicy['approval']['internal']) => {
    const fitting = tiers.filter((t) => t.fromCents <= amount);
    const t = fitting[fitting.length - 1]!;
    return { level: t.level, approvals: t.approvals };
  };
  if (mutual || oneWay) return { kind: 'internal', council: false, ...pick(policy.approval.internal) };
  if (against) return { kind: 'refused', rule: 'one_way_edge' };
  // 5. über- or außerplanmäßig
  const kind = to.planned === 0n ? 'unplanned' : 'overplanned';
  if (justification === undefined || justification.trim() === '') return { kind: 'refused', rule: 'justification_required' };
  return { kind, council: prior + amount >= policy.materialityThresholdCents, ...pick(policy.approval[kind]) };
}
