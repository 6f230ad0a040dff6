import type { Db } from '../db/client';
import type { OutgoingPort, SendResult } from './outgoingPort';

/** Where a row's message goes on the platform, resolved at delivery. */
export interface Destination {
  workspaceId: string;
  conversationId: string;
  /** An update: the platform id of the message it replaces. */
  externalId?: string;
  /** A reply: the platform id of the thread's first post. */
  threadOf?: string;
}

export type Resolved = { kind: 'ready'; destination: Destination } | { kind: 'wait' } | { kind: 'failed'; result: SendResult };

interface Row {
  tenantId: string;
  platform: string;
  workspaceId: string;
  conversationId: string;
  operation: string;
  personId: string | null;
  refersToId: string | null;
}

const failed = (error: string, code: 'recipient_unreachable' | 'reference_failed'): Resolved => ({ kind: 'failed', result: { kind: 'permanent', error, code } });

/**
 * Resolves a row to its destination: a post to a conversation as stored; a direct message through
 * the person's account on the platform (PlatformIdentity) and the platform's chat with them; an
 * update or reply through the post it refers to, which must have been sent (until then it waits;
 * if that post failed, so does the follow-up).
 */
export async function resolveDestination(db: Db, port: OutgoingPort, row: Row): Promise<Resolved> {
  if (!row.refersToId) {
    if (!row.personId) return { kind: 'ready', destination: { workspaceId: row.workspaceId, conversationId: row.conversationId } };
    const account = await db.platformIdentity.findFirst({ where: { tenantId: row.tenantId, personId: row.personId, platform: row.platform }, select: { externalUserId: true } });
    if (!account) return failed(`the person has no ${row.platform} account linked (v2030 link, or they write to the bot once)`, 'recipient_unreachable');
    const recipient = { tenantId: row.tenantId, workspaceId: row.workspaceId, personId: row.personId, platformUserId: account.externalUserId };
    const opened = await port.openDirect(recipient).catch((error: unknown) => ({ kind: 'retry' as const, error: (error as Error).message }));
    if (opened.kind !== 'opened') return { kind: 'failed', result: opened };
    return { kind: 'ready', destination: { workspaceId: row.workspaceId, conversationId: opened.conversationId } };
  }
  const ref = await referenced(db, row.refersToId);
  if (!ref || ref.status === 'failed') return failed(`the message it refers to (${row.refersToId}) was not delivered`, 'reference_failed');
  if (ref.status !== 'sent') return { kind: 'wait' };
  if (!ref.externalId) return failed(`the platform named no id for the message it refers to (${ref.id})`, 'reference_failed');
  const base = { workspaceId: ref.workspaceId, conversationId: ref.postedConversationId ?? ref.conversationId };
  if (row.operation === 'update') return { kind: 'ready', destination: { ...base, externalId: ref.externalId } };
  // A reply to a reply goes into the same thread: the thread is named by its first post.
  let root = ref;
  for (let depth = 0; root.operation === 'reply' && root.refersToId && depth < 20; depth++) root = (await referenced(db, root.refersToId)) ?? root;
  return { kind: 'ready', destination: { ...base, threadOf: root.operation === 'reply' ? ref.externalId : (root.externalId ?? ref.externalId) } };
}

function referenced(db: Db, id: string) {
  return db.outboxMessage.findUnique({
    where: { id },
    select: { id: true, status: true, operation: true, refersToId: true, externalId: true, workspaceId: true, conversationId: true, postedConversationId: true },
  });
}
