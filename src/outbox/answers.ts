import type { Db, Prisma, Tx } from '../db/client';
import type { Message } from '../messages/model';
import type { SendResult } from './outgoingPort';

/** The `kind` and `operation` of an outbox row that holds the answer to a stored chat request. */
export const ANSWER_KIND = 'answer';
export const RESPOND = 'respond';

/**
 * The answer to an inbox row, as the platform's handler returns it: written to the outbox in the
 * transaction that marks the row done, then sent at once by the inbox worker (`deliver`). The
 * conversation key is the platform's address for this one answer (Slack: the command's
 * response_url), so answers are not paced like posts in a channel.
 */
export interface InboxAnswer {
  platform: string;
  workspaceId: string;
  conversationId: string;
  message: Message;
  /** Sends it now (the same the delivery worker's `OutgoingPort.respond` does after a failure). */
  deliver(): Promise<SendResult>;
}

/**
 * The answer's outbox row, taken by the worker that writes it (`sending`, leased): a crash after
 * this commit leaves it to the delivery worker, which never sends an answer twice (see
 * deliveryWorker: a `respond` row whose lease ran out while sending is not sent again).
 */
export async function recordAnswer(tx: Tx, tenantId: string, inboundId: string, answer: InboxAnswer, now: Date, leaseMs: number): Promise<string> {
  const row = await tx.outboxMessage.create({
    data: {
      tenantId,
      platform: answer.platform,
      workspaceId: answer.workspaceId,
      conversationId: answer.conversationId,
      kind: ANSWER_KIND,
      operation: RESPOND,
      dedupeKey: `answer:${inboundId}`,
      payload: answer.message as unknown as Prisma.InputJsonValue,
      status: 'sending',
      attempts: 1,
      createdAt: now,
      nextAttemptAt: now,
      lockedUntil: new Date(now.getTime() + leaseMs),
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * How the inbox worker's own send of an answer ended: sent; refused for good (failed); "later"
 * (pending: the delivery worker tries again); no answer from the platform (it may have landed: not
 * sent again, failed as `unconfirmed`, visible in `v2030 outbox`).
 */
export async function settleAnswer(db: Db, id: string, result: SendResult, now: Date): Promise<void> {
  const data: Prisma.OutboxMessageUpdateManyMutationInput =
    result.kind === 'sent'
      ? { status: 'sent', sentAt: now, lockedUntil: null, lastError: null }
      : result.kind === 'retry'
        ? { status: 'pending', lockedUntil: null, nextAttemptAt: new Date(now.getTime() + (result.retryAfterMs ?? 1000)), lastError: result.error }
        : { status: 'failed', lockedUntil: null, lastError: result.error, failureCode: result.kind === 'ambiguous' ? 'unconfirmed' : (result.code ?? 'message_gone') };
  await db.outboxMessage.updateMany({ where: { id, status: 'sending' }, data });
}
