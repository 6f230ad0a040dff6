import { availableCents, type LineSnapshot } from './lines';

/** The two ledger postings of an applied reallocation: out of the source, into the target. */
export interface Posting {
  lineId: string;
  kind: 'reallocation_out' | 'reallocation_in';
  amountCents: bigint;
}

export function reallocationPostings(fromLineId: string, toLineId: string, amountCents: bigint): [Posting, Posting] {
  return [
    { lineId: fromLineId, kind: 'reallocation_out', amountCents },
    { lineId: toLineId, kind: 'reallocation_in', amountCents },
  ];
}

/**
 * Applies the postings to snapshots, or says why not: the source must still have the amount at the
 * moment of applying (an earlier approval may have used it since the request was classified).
 */
export function applyPostings(
  from: LineSnapshot,
  to: LineSnapshot,
  amountCents: bigint,
): { ok: true; from: LineSnapshot; to: LineSnapshot } | { ok: false; availableCents: bigint } {
  const available = availableCents(from);
  if (available < amountCents) return { ok: false, availableCents: available };
  return {
    ok: true,
    from: { ...from, reallocatedOutCents: from.reallocatedOutCents + amountCents },
    to: { ...to, reallocatedInCents: to.reallocatedInCents + amountCents },
  };
}
