import type { LineKind, LineSnapshot } from '../../domain/budget/lines';

/** The columns of a budget line the rules read. */
export const lineColumns = {
  id: true,
  code: true,
  name: true,
  jointBudgetId: true,
  kind: true,
  plannedCents: true,
  reallocatedInCents: true,
  reallocatedOutCents: true,
  committedCents: true,
  spentCents: true,
  blocked: true,
  blockReason: true,
  earmark: true,
  version: true,
} as const;

export interface LineRow extends Omit<LineSnapshot, 'kind'> {
  code: string;
  name: string;
  kind: string;
  blockReason: string | null;
  version: number;
}

export function snapshotOf(row: LineRow): LineSnapshot {
  const { code: _code, name: _name, blockReason: _reason, version: _version, ...snapshot } = row;
  return { ...snapshot, kind: row.kind as LineKind };
}
