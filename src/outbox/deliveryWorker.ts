import type { Clock } from '../clock';
import type { Db } from '../db/client';
import type { Logger } from '../logger';
import type { Message } from '../messages/model';
import { MAX_ATTEMPTS, retryDelayMs } from './backoff';
import type { OutgoingMessage, OutgoingPort, SendResult } from './outgoingPort';

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

type Head = { id: string; platform: string; conversationId: string; status: string; nextAttemptAt: Date; lockedUntil: Date | null };

/**
 * Delivers the outbox: in order per conversation, within each platform's rate limit, with retries
 * and backoff. A message claimed but not confirmed (crash, timeout) is checked with the platform
 * before it is sent again, so it is neither lost nor posted twice.
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
    return !last?.sentAt || last.sentAt.getTime() + port.minIntervalMs <= now.getTime();
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
    const log = logger.child({ outboxId: row.id, tenant: row.tenantId, platform: row.platform, conversation: row.conversationId });
    const outgoing: OutgoingMessage = {
      outboxId: row.id,
      tenantId: row.tenantId,
      workspaceId: row.workspaceId,
      conversationId: row.conversationId,
      message: row.payload as unknown as Message,
    };
    if (head.status === 'sending' && port.findDelivered) {
      const externalId = await port.findDelivered(outgoing).catch(() => undefined);
      if (externalId) {
        log.info('outbox: message had landed before, marked sent without sending again');
        await settle(row.id, row.attempts, { kind: 'sent', externalId }, outgoing, row.platform);
        return true;
      }
    }
    let result: SendResult;
    try {
      result = await port.send(outgoing);
    } catch (error) {
      result = { kind: 'ambiguous', error: (error as Error).message };
    }
    if (result.kind !== 'sent') log.warn({ result }, 'outbox: send did not complete');
    await settle(row.id, row.attempts, result, outgoing, row.platform);
    return true;
  }

  async function settle(id: string, attempts: number, result: SendResult, message: OutgoingMessage, platform: string): Promise<void> {
    const now = clock.now();
    if (result.kind === 'sent') {
      await db.outboxMessage.update({ where: { id }, data: { status: 'sent', sentAt: now, externalId: result.externalId, lockedUntil: null, lastError: null } });
    } else if (result.kind === 'permanent' || attempts >= MAX_ATTEMPTS) {
      const reason = result.kind === 'permanent' ? result.error : `gave up after ${attempts} attempts: ${result.error}`;
      await failConversation(message, platform, reason, now);
    } else if (result.kind === 'retry') {
      const next = new Date(now.getTime() + retryDelayMs(attempts, result.retryAfterMs, random));
      await db.outboxMessage.update({ where: { id }, data: { status: 'pending', nextAttemptAt: next, lockedUntil: null, lastError: result.error } });
    } else {
      // Unknown whether it landed: stay "sending"; after the pause the next attempt asks the platform first.
      await db.outboxMessage.update({ where: { id }, data: { lockedUntil: new Date(now.getTime() + retryDelayMs(attempts, 0, random)), lastError: result.error } });
    }
  }

  /** The conversation is gone for good: stop its messages and its subscriptions, visibly. */
  async function failConversation(message: OutgoingMessage, platform: string, reason: string, now: Date): Promise<void> {
    const where = { tenantId: message.tenantId, conversationId: message.conversationId, platform };
    await db.$transaction([
      db.outboxMessage.update({ where: { id: message.outboxId }, data: { status: 'failed', lastError: reason, lockedUntil: null } }),
      db.outboxMessage.updateMany({ where: { ...where, status: 'pending' }, data: { status: 'failed', lastError: `conversation unreachable: ${reason}` } }),
      db.channelSubscription.updateMany({ where: { ...where, active: true }, data: { active: false, deactivatedAt: now, deactivatedReason: reason } }),
      db.auditLog.create({
        data: { tenantId: message.tenantId, action: 'subscription.deactivated', entity: 'Conversation', entityId: message.conversationId, after: { reason }, createdAt: now },
      }),
    ]);
    logger.warn({ outboxId: message.outboxId, tenant: message.tenantId, conversation: message.conversationId, reason }, 'outbox: conversation unreachable, subscriptions deactivated');
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
