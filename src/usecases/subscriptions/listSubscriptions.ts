import { localizedName } from '../../format/localizedName';
import type { UseCaseContext } from '../context';
import { requireChannel } from './subscriptionScope';

/** The active subscriptions of the current channel, with their action fields' names. */
export async function listSubscriptions(ctx: UseCaseContext) {
  const conversation = requireChannel(ctx);
  const rows = await ctx.db.channelSubscription.findMany({
    where: { tenantId: ctx.actor.tenant.id, platform: conversation.platform, conversationId: conversation.id, active: true },
    orderBy: { createdAt: 'asc' },
  });
  const fields = await ctx.db.actionField.findMany({ where: { id: { in: rows.map((r) => r.actionFieldId).filter(Boolean) } } });
  const names = new Map(fields.map((f) => [f.id, localizedName(f, ctx.actor.locale)]));
  return rows.map((r) => ({ kind: r.kind, fieldName: r.actionFieldId ? names.get(r.actionFieldId) : undefined, since: r.createdAt }));
}
