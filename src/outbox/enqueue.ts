import type { Db, Prisma, Tx } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import type { Message } from '../messages/model';

interface EntryBase {
  tenantId: string;
  /** What caused it (digest, alert, approval …), shown in `v2030 outbox`. */
  kind: string;
  /** Unique per tenant: the same cause never enqueues a message twice. */
  dedupeKey: string;
  message: Message;
}

/** A post to a conversation (a channel, a group or a personal chat the platform named). */
export interface OutboxEntry extends EntryBase {
  platform: string;
  workspaceId: string;
  conversationId: string;
  subscriptionId?: string;
}

/** A message to a person directly, on one platform; the platform finds (or opens) the chat with them. */
export interface DirectEntry extends EntryBase {
  platform: string;
  personId: string;
}

/** An update (in place, for everyone) or a reply (in its thread) to an earlier outbox row, by id or key. */
export interface FollowUpEntry extends EntryBase {
  refersTo: { id: string } | { dedupeKey: string };
}

/** The conversation key of a direct message's row: its messages go out in order, one person at a time. */
export const personLane = (personId: string) => `person:${personId}`;

/**
 * Writes a post to the outbox, in the caller's transaction when one is given. Returns the row's id,
 * or undefined when a message with the same key is already there (a retried job or event).
 */
export async function enqueuePost(db: Db | Tx, entry: OutboxEntry, now: Date): Promise<string | undefined> {
  const { message, ...rest } = entry;
  return insert(db, { ...rest, operation: 'post' }, message, now);
}

/** The first outbox API's name for `enqueuePost`: true when the row was written. */
export async function enqueueMessage(db: Db | Tx, entry: OutboxEntry, now: Date): Promise<boolean> {
  return (await enqueuePost(db, entry, now)) !== undefined;
}

/**
 * A direct message to a person. The delivery worker resolves the person's account on the platform
 * (PlatformIdentity) and the platform's chat with them; a person without either fails for good with
 * `recipient_unreachable`, which the core can show as a fallback (see deliveryOutcome).
 */
export async function enqueueDirect(db: Db | Tx, entry: DirectEntry, now: Date): Promise<string | undefined> {
  const { message, ...rest } = entry;
  return insert(db, { ...rest, workspaceId: '', conversationId: personLane(entry.personId), operation: 'post' }, message, now);
}

/**
 * Replaces an earlier post in place for everyone (Slack chat.update, Teams updateActivity). It goes
 * out after that post, in the same conversation's order; if the post failed, so does the update.
 */
export async function enqueueUpdate(db: Db | Tx, entry: FollowUpEntry, now: Date): Promise<string | undefined> {
  return followUp(db, entry, 'update', now);
}

/** Replies in the thread of an earlier post (Slack thread_ts, Teams reply chain); waits for that post. */
export async function enqueueReply(db: Db | Tx, entry: FollowUpEntry, now: Date): Promise<string | undefined> {
  return followUp(db, entry, 'reply', now);
}

async function followUp(db: Db | Tx, entry: FollowUpEntry, operation: 'update' | 'reply', now: Date): Promise<string | undefined> {
  const { message, refersTo, ...rest } = entry;
  const ref =
    'id' in refersTo
      ? await db.outboxMessage.findUnique({ where: { id: refersTo.id } })
      : await db.outboxMessage.findUnique({ where: { tenantId_dedupeKey: { tenantId: entry.tenantId, dedupeKey: refersTo.dedupeKey } } });
  if (!ref || ref.tenantId !== entry.tenantId) throw new Error(`enqueue ${operation}: no outbox message ${JSON.stringify(refersTo)} of this tenant`);
  // Same platform and conversation key as the post: the worker sends them in order, the follow-up after the post.
  const lane = { platform: ref.platform, workspaceId: ref.workspaceId, conversationId: ref.conversationId, personId: ref.personId ?? undefined };
  return insert(db, { ...rest, ...lane, operation, refersToId: ref.id }, message, now);
}

type Row = Omit<Prisma.OutboxMessageUncheckedCreateInput, 'payload' | 'createdAt' | 'nextAttemptAt'>;

async function insert(db: Db | Tx, row: Row, message: Message, now: Date): Promise<string | undefined> {
  const existing = await db.outboxMessage.findUnique({ where: { tenantId_dedupeKey: { tenantId: row.tenantId, dedupeKey: row.dedupeKey } }, select: { id: true } });
  if (existing) return undefined;
  try {
    const created = await db.outboxMessage.create({
      data: { ...row, payload: message as unknown as Prisma.InputJsonValue, createdAt: now, nextAttemptAt: now },
      select: { id: true },
    });
    return created.id;
  } catch (error) {
    if (isUniqueViolation(error)) return undefined;
    throw error;
  }
}
