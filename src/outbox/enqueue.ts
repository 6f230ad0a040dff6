import type { Db, Prisma, Tx } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import type { Message } from '../messages/model';

export interface OutboxEntry {
  tenantId: string;
  platform: string;
  workspaceId: string;
  conversationId: string;
  kind: string;
  subscriptionId?: string;
  /** Unique per tenant: the same cause never enqueues a message twice. */
  dedupeKey: string;
  message: Message;
}

/**
 * Writes a message to the outbox, in the caller's transaction when one is given. Returns false when
 * a message with the same key is already there (a retried job or event).
 */
export async function enqueueMessage(db: Db | Tx, entry: OutboxEntry, now: Date): Promise<boolean> {
  const { message, ...rest } = entry;
  const existing = await db.outboxMessage.findUnique({ where: { tenantId_dedupeKey: { tenantId: entry.tenantId, dedupeKey: entry.dedupeKey } } });
  if (existing) return false;
  try {
    await db.outboxMessage.create({
      data: { ...rest, payload: message as unknown as Prisma.InputJsonValue, createdAt: now, nextAttemptAt: now },
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
