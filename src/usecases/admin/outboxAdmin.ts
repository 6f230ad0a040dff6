import { appendAudit } from '../../audit/appendAudit';
import type { Db } from '../../db/client';
import { ConflictError, NotFoundError } from '../../domain/errors';

/** Messages that have not been delivered (pending, in flight, failed), oldest first. */
export async function listUndelivered(db: Db) {
  return db.outboxMessage.findMany({
    where: { status: { in: ['pending', 'sending', 'failed'] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, tenantId: true, platform: true, conversationId: true, kind: true, status: true, attempts: true, nextAttemptAt: true, lastError: true, createdAt: true },
  });
}

/** Puts a failed message back in the queue, to be sent at once (audited). */
export async function retryOutboxMessage(db: Db, id: string, now: Date): Promise<void> {
  const row = await db.outboxMessage.findUnique({ where: { id } });
  if (!row) throw new NotFoundError('cli:outboxUnknown', { id });
  if (row.status !== 'failed') throw new ConflictError('cli:outboxNotFailed', { id, status: row.status });
  await db.$transaction(async (tx) => {
    await tx.outboxMessage.update({ where: { id }, data: { status: 'pending', attempts: 0, nextAttemptAt: now, lockedUntil: null } });
    await appendAudit(tx, { tenantId: row.tenantId, action: 'outbox.requeued', entity: 'OutboxMessage', entityId: id, before: { status: row.status, lastError: row.lastError }, after: { status: 'pending' }, createdAt: now });
  });
}
