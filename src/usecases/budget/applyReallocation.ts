import { applyPostings, reallocationPostings } from '../../domain/budget/postings';
import { ConflictError } from '../../domain/errors';
import type { Tx } from '../../db/client';
import { formatMoney } from '../../format';
import type { UseCaseContext } from '../context';
import { snapshotOf } from './lineSnapshot';
import { warnOnSupplementaryBudget } from './supplementaryBudgetWarning';

/** Someone changed the row since it was read: the decision's transaction is retried against the new state. */
export class VersionConflict extends Error {}

export type ApplicableRequest = {
  id: string;
  number: number;
  year: number;
  classification: string;
  amountCents: bigint;
  fromLine: Parameters<typeof snapshotOf>[0];
  toLine: Parameters<typeof snapshotOf>[0];
};

/**
 * Writes an approved request's two postings, guarded by the source line's version (no line below
 * zero, however many decide at once), then — for a §83 item — the §81 early warning when the year's
 * total passed a threshold. All in the decision's transaction.
 */
export async function applyRequest(tx: Tx, ctx: UseCaseContext, request: ApplicableRequest): Promise<void> {
  const posted = applyPostings(snapshotOf(request.fromLine), snapshotOf(request.toLine), request.amountCents);
  if (!posted.ok) {
    throw new ConflictError('budget:notEnoughNow', { number: request.number, available: formatMoney(posted.availableCents < 0n ? 0n : posted.availableCents, ctx.actor.locale) });
  }
  const from = await tx.budgetLine.updateMany({
    where: { id: request.fromLine.id, version: request.fromLine.version },
    data: { reallocatedOutCents: { increment: request.amountCents }, version: { increment: 1 } },
  });
  if (from.count === 0) throw new VersionConflict();
  await tx.budgetLine.update({ where: { id: request.toLine.id }, data: { reallocatedInCents: { increment: request.amountCents }, version: { increment: 1 } } });
  await tx.budgetLedgerEntry.createMany({
    data: reallocationPostings(request.fromLine.id, request.toLine.id, request.amountCents).map((p) => ({
      tenantId: ctx.actor.tenant.id,
      budgetLineId: p.lineId,
      kind: p.kind,
      amountCents: p.amountCents,
      reallocationId: request.id,
      reference: `Umschichtung Nr. ${request.number}`,
      createdAt: ctx.now,
    })),
  });
  await warnOnSupplementaryBudget(tx, ctx, request);
}
