import type { Tx } from '../db/client';
import type { UseCaseContext } from './context';

/**
 * Records the inbound delivery inside the change's transaction. A second delivery with the same key
 * fails with a unique violation, which rolls the whole change back: nothing is booked twice.
 */
export async function claimDelivery(tx: Tx, ctx: UseCaseContext): Promise<void> {
  if (!ctx.deliveryKey) return;
  await tx.processedEvent.createMany({
    data: { tenantId: ctx.actor.tenant.id, platform: ctx.deliveryKey.platform, eventKey: ctx.deliveryKey.key, processedAt: ctx.now },
  });
}

/** Whether the request's delivery key has been processed (after a unique violation, to tell a retry apart). */
export async function wasDelivered(ctx: UseCaseContext): Promise<boolean> {
  if (!ctx.deliveryKey) return false;
  const { platform, key } = ctx.deliveryKey;
  const row = await ctx.db.processedEvent.findUnique({
    where: { tenantId_platform_eventKey: { tenantId: ctx.actor.tenant.id, platform, eventKey: key } },
  });
  return row !== null;
}
