import type { Db } from '../db/client';
import type { FailureCode } from './outgoingPort';

export interface DeliveryOutcome {
  status: 'pending' | 'sending' | 'sent' | 'failed';
  /** Why it failed, e.g. `recipient_unreachable` (the person has no account or never opened the app there). */
  failureCode?: FailureCode;
  reason?: string;
}

/**
 * What became of an outbox message, by the key it was enqueued under: lets a feature show a fallback
 * ("X has not installed the app in Teams") when a direct message failed for good.
 */
export async function deliveryOutcome(db: Db, tenantId: string, dedupeKey: string): Promise<DeliveryOutcome | undefined> {
  const row = await db.outboxMessage.findUnique({ where: { tenantId_dedupeKey: { tenantId, dedupeKey } }, select: { status: true, failureCode: true, lastError: true } });
  if (!row) return undefined;
  return {
    status: row.status as DeliveryOutcome['status'],
    ...(row.failureCode ? { failureCode: row.failureCode as FailureCode } : {}),
    ...(row.status === 'failed' && row.lastError ? { reason: row.lastError } : {}),
  };
}
