/** What the budget rules need to know about one budget line (amounts in cents). */
export const LINE_KINDS = ['expense', 'income', 'investment'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export interface LineSnapshot {
  id: string;
  jointBudgetId: string;
  kind: LineKind;
  plannedCents: bigint;
  reallocatedInCents: bigint;
  reallocatedOutCents: bigint;
  committedCents: bigint;
  /** Actual spending; for an income line, the income received. */
  spentCents: bigint;
  blocked: boolean;
  /** Purpose of earmarked funds (Zweckbindung); null when free. */
  earmark: string | null;
}

/** Deckungsfähigkeit between two lines: mutual, or one way from → to. */
export interface CoverabilityEdge {
  fromLineId: string;
  toLineId: string;
  mutual: boolean;
}

/**
 * What a line can still give. An expense or investment line: its authorisation (plan plus
 * reallocations) less commitments and spending. An income line: the income received above plan
 * (Mehrerträge) not yet used to cover something.
 */
export function availableCents(line: LineSnapshot): bigint {
  if (line.kind === 'income') return line.spentCents - line.plannedCents - line.reallocatedOutCents;
  return line.plannedCents + line.reallocatedInCents - line.reallocatedOutCents - line.committedCents - line.spentCents;
}

/** The authorisation of a line after reallocations (fortgeschriebener Ansatz). */
export function authorisedCents(line: LineSnapshot): bigint {
  return line.plannedCents + line.reallocatedInCents - line.reallocatedOutCents;
}
