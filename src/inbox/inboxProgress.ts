import type { Db } from '../db/client';

/** A request that waited this long while no request was finished means the inbox is not worked off. */
export const STALLED_AFTER_MS = 120_000;

export type InboxProgress = { stalled: false } | { stalled: true; oldestWaitingSince: Date };

/**
 * Whether the inbox is worked off (for `/healthz`): stalled when a request has waited longer than
 * `stalledAfterMs` (pending, or claimed by a worker that has not finished it) and no request of any
 * replica was finished within that time. A long backlog that is being worked off is not stalled.
 */
export async function inboxProgress(db: Db, now: Date, stalledAfterMs = STALLED_AFTER_MS): Promise<InboxProgress> {
  const since = new Date(now.getTime() - stalledAfterMs);
  const oldest = await db.inboundRequest.findFirst({
    where: { status: { in: ['pending', 'processing'] }, receivedAt: { lt: since } },
    orderBy: { receivedAt: 'asc' },
    select: { receivedAt: true },
  });
  if (!oldest) return { stalled: false };
  const finished = await db.inboundRequest.findFirst({ where: { processedAt: { gte: since } }, select: { id: true } });
  return finished ? { stalled: false } : { stalled: true, oldestWaitingSince: oldest.receivedAt };
}
