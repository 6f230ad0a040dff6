import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import type { Logger } from '../logger';
import type { Message } from '../messages/model';
import { MAX_ATTEMPTS, retryDelayMs } from './backoff';
import { RESPOND } from './answers';
import { resolveDestination } from './destination';
import { loadImages } from './images';
import type { FailureCode, OutgoingMessage, OutgoingPort, SendResult } from './outgoingPort';

export interface DeliveryWorkerOptions {
  db: Db;
  ports: OutgoingPort[];
  clock: Clock;
  logger: Logger;
  /** How long a claimed message stays reserved for this worker before another may take it over. */
  leaseMs?: number;
  /** Conversations served at the same time (messages to one conversation always go one by one). */
  concurrency?: number;
  random?: () => number;
}

export interface DeliveryWorker {
  /** Sends what is due now, at most one message per conversation; returns how many were attempted. */
  runOnce(): Promise<number>;
  start(pollMs?: number): void;
  stop(): Promise<void>;
}

/** The row being settled: its conversation key (`lane`) and where it went (`posted`). */
type Target = { id: string; attempts: number; tenantId: string; platform: string; lane: string; direct: boolean; posted: string };

type Head = { id: string; platform: string; conversationId: string; status: string; nextAttemptAt: Date; lockedUntil: Date | null };

/**
 * Delivers the outbox: in order per conversation, within each platform's rate limit, with retries
 * and backoff. A message claimed but not confirmed (crash, timeout) is checked with the platform
 * before it is sent again, so it is neither lost nor posted twice. Rows are posts (to a conversation,
 * or to a person directly), updates and replies (after the post they refer to: same conversation
 * key, so in order); see destination.ts.
 */
export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { db, clock, logger } = options;
  const ports = new Map(options.ports.map((p) => [p.platform, p]));
  const leaseMs = options.leaseMs ?? 60_000;
  const random = options.random ?? Math.random;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;

  async function dueHeads(now: Date): Promise<Head[]> {
    const open = await db.outboxMessage.findMany({
      where: { status: { in: ['pending', 'sending'] }, platform: { in: [...ports.keys()] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, platform: true, conversationId: true, status: true, nextAttemptAt: true, lockedUntil: true },
      take: 2000,
    });
    const heads = new Map<string, Head>();
    for (const row of open) if (!heads.has(`${row.platform}|${row.conversationId}`)) heads.set(`${row.platform}|${row.conversationId}`, row);
    return [...heads.values()].filter(
      (h) => h.nextAttemptAt <= now && (h.status === 'pending' || (h.lockedUntil !== null && h.lockedUntil <= now)),
    );
  }

  async function withinRateLimit(head: Head, port: OutgoingPort, now: Date): Promise<boolean> {
    const last = await db.outboxMessage.findFirst({
      where: { platform: head.platform, conversationId: head.conversationId, status: 'sent' },
      orderBy: { sentAt: 'desc' },
      select: { sentAt: true },
    });
    return !last?.sentAt || last.sentAt.getTime() + port.limits.minIntervalMs <= now.getTime();
  }

  async function deliver(head: Head): Promise<boolean> {
    const port = ports.get(head.platform)!;
    const now = clock.now();
    if (!(await withinRateLimit(head, port, now))) return false;
    const claimed = await db.outboxMessage.updateMany({
      where: { id: head.id, OR: [{ status: 'pending' }, { status: 'sending', lockedUntil: { lte: now } }] },
      data: { status: 'sending', lockedUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
    });
    if (claimed.count === 0) return false;
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: head.id } });
    const log = logger.child({ outboxId: row.id, tenant: row.tenantId, platform: row.platform, conversation: row.conversationId, operation: row.operation });
    const resolved = await resolveDestination(db, port, row);
    if (resolved.kind === 'wait') {
      // The post it refers to is not sent yet (it is ahead in the same conversation): try again shortly.
      await db.outboxMessage.update({ where: { id: row.id }, data: { status: 'pending', attempts: row.attempts - 1, lockedUntil: null, nextAttemptAt: new Date(now.getTime() + 1000) } });
      return false;
    }
    const target: Target = { id: row.id, attempts: row.attempts, tenantId: row.tenantId, platform: row.platform, lane: row.conversationId, direct: row.personId !== null || row.operation === RESPOND, posted: row.conversationId };
    if (resolved.kind === 'failed') {
      log.warn({ result: resolved.result }, 'outbox: no destination');
      await settle(target, resolved.result);
      return true;
    }
    const { destination } = resolved;
    target.posted = destination.conversationId;
    const message = row.payload as unknown as Message;
    const outgoing: OutgoingMessage = {
      outboxId: row.id,
      tenantId: row.tenantId,
      workspaceId: destination.workspaceId,
      conversationId: destination.conversationId,
      message,
      images: await loadImages(db, row.tenantId, message),
      ...(destination.threadOf ? { threadOf: destination.threadOf } : {}),
    };
    if (row.operation === RESPOND) {
      // An answer has no lookup: one whose sender died while sending may have landed and is not sent again.
      const result: SendResult =
        head.status === 'sending'
          ? { kind: 'permanent', error: 'the process sending this answer ended before the platform confirmed it; not sent again', code: 'unconfirmed' }
          : port.respond
            ? await port.respond(outgoing).catch((error: unknown) => ({ kind: 'ambiguous' as const, error: (error as Error).message }))
            : { kind: 'permanent', error: `${row.platform} takes no answers through the outbox`, code: 'message_gone' };
      if (result.kind !== 'sent') log.warn({ result }, 'outbox: answer not sent');
      await settle(target, result.kind === 'ambiguous' ? { kind: 'permanent', error: result.error, code: 'unconfirmed' } : result);
      return true;
    }
    // An update is idempotent: after a lost answer it is simply made again.
    if (head.status === 'sending' && row.operation !== 'update' && port.findDelivered) {
      let externalId: string | undefined;
      try {
        externalId = await port.findDelivered(outgoing);
      } catch (error) {
        // Unknown whether it landed, still: sending now could post it twice. Look again after the pause.
        log.warn({ err: error }, 'outbox: could not look up whether the message landed');
        await settle(target, { kind: 'ambiguous', error: `lookup failed: ${(error as Error).message}` });
        return true;
      }
      if (externalId) {
        log.info('outbox: message had landed before, marked sent without sending again');
        await settle(target, { kind: 'sent', externalId });
        return true;
      }
    }
    let result: SendResult;
    try {
      if (destination.externalId) {
        result = await port.update({ ...outgoing, externalId: destination.externalId });
        if (result.kind === 'sent') result = { kind: 'sent', externalId: result.externalId ?? destination.externalId };
      } else result = await port.send(outgoing);
    } catch (error) {
      result = { kind: 'ambiguous', error: (error as Error).message };
    }
    if (result.kind !== 'sent') log.warn({ result }, 'outbox: send did not complete');
    await settle(target, result);
    return true;
  }

  async function settle(target: Target, result: SendResult): Promise<void> {
    const now = clock.now();
    const { id, attempts } = target;
    if (result.kind === 'sent') {
      await db.outboxMessage.update({
        where: { id },
        data: { status: 'sent', sentAt: now, externalId: result.externalId, postedConversationId: target.posted, lockedUntil: null, lastError: null },
      });
    } else if (result.kind === 'permanent' || attempts >= MAX_ATTEMPTS) {
      const reason = result.kind === 'permanent' ? result.error : `gave up after ${attempts} attempts: ${result.error}`;
      const code: FailureCode = result.kind === 'permanent' ? (result.code ?? 'conversation_gone') : 'gave_up';
      // Only a channel that is gone ends its other posts and subscriptions; a person or a single post fails alone.
      if (target.direct || (code !== 'conversation_gone' && code !== 'gave_up')) await failRow(id, reason, code);
      else await failConversation(target, reason, code, now);
    } else if (result.kind === 'retry') {
      const next = new Date(now.getTime() + retryDelayMs(attempts, result.retryAfterMs, random));
      await db.outboxMessage.update({ where: { id }, data: { status: 'pending', nextAttemptAt: next, lockedUntil: null, lastError: result.error } });
    } else {
      // Unknown whether it landed: stay "sending"; after the pause the next attempt asks the platform first.
      await db.outboxMessage.update({ where: { id }, data: { lockedUntil: new Date(now.getTime() + retryDelayMs(attempts, 0, random)), lastError: result.error } });
    }
  }

  async function failRow(id: string, reason: string, code: FailureCode): Promise<void> {
    await db.outboxMessage.update({ where: { id }, data: { status: 'failed', lastError: reason, failureCode: code, lockedUntil: null } });
    logger.warn({ outboxId: id, reason, code }, 'outbox: message failed for good');
  }

  /** The conversation is gone for good: stop its messages and its subscriptions, visibly. */
  async function failConversation(target: Target, reason: string, code: FailureCode, now: Date): Promise<void> {
    const where = { tenantId: target.tenantId, conversationId: target.lane, platform: target.platform };
    await db.$transaction(async (tx) => {
      await tx.outboxMessage.update({ where: { id: target.id }, data: { status: 'failed', lastError: reason, failureCode: code, lockedUntil: null } });
      await tx.outboxMessage.updateMany({ where: { ...where, status: 'pending' }, data: { status: 'failed', lastError: `conversation unreachable: ${reason}`, failureCode: 'conversation_gone' } });
      await tx.channelSubscription.updateMany({ where: { ...where, active: true }, data: { active: false, deactivatedAt: now, deactivatedReason: reason } });
      await appendAudit(tx, { tenantId: target.tenantId, action: 'subscription.deactivated', entity: 'Conversation', entityId: target.lane, after: { reason }, createdAt: now });
    });
    logger.warn({ outboxId: target.id, tenant: target.tenantId, conversation: target.lane, reason }, 'outbox: conversation unreachable, subscriptions deactivated');
  }

  async function runOnce(): Promise<number> {
    const heads = await dueHeads(clock.now());
    let attempted = 0;
    const queue = [...heads];
    const lanes = Array.from({ length: Math.min(options.concurrency ?? 8, queue.length) }, async () => {
      for (let head = queue.shift(); head; head = queue.shift()) {
        try {
          if (await deliver(head)) attempted++;
        } catch (error) {
          logger.error({ err: error, outboxId: head.id }, 'outbox: delivery failed unexpectedly');
        }
      }
    });
    await Promise.all(lanes);
    return attempted;
  }

  return {
    runOnce,
    start(pollMs = 250) {
      stopped = false;
      const tick = async () => {
        running = runOnce().catch((error) => logger.error({ err: error }, 'outbox: worker pass failed'));
        await running;
        if (!stopped) timer = setTimeout(tick, pollMs);
      };
      void tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
