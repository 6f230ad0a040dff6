import { localizedName } from '../../format/localizedName';
import type { SubscriptionKind } from '../../domain/subscriptionKinds';
import { auditRecord } from '../audit';
import type { UseCaseContext } from '../context';
import { requireChannel, subscribableField, treasuryScope } from './subscriptionScope';
import { appendAudit } from '../../audit/appendAudit';

export interface SubscriptionChanged {
  kind: SubscriptionKind;
  fieldName?: string;
  active: boolean;
  /** It already was in the requested state; nothing changed. */
  unchanged: boolean;
}

/** Subscribes the current channel to (or ends) posts of a kind for one action field or all. */
export async function setSubscription(ctx: UseCaseContext, kind: SubscriptionKind, fieldCode: string | undefined, active: boolean): Promise<SubscriptionChanged> {
  const conversation = requireChannel(ctx);
  const field = kind === 'treasury' ? treasuryScope(ctx, fieldCode) : await subscribableField(ctx, fieldCode);
  const key = { tenantId: ctx.actor.tenant.id, platform: conversation.platform, conversationId: conversation.id, kind, actionFieldId: field?.id ?? '' };
  const existing = await ctx.db.channelSubscription.findUnique({ where: { tenantId_platform_conversationId_kind_actionFieldId: key } });
  const result = { kind, fieldName: field && localizedName(field, ctx.actor.locale), active };
  if ((existing?.active ?? false) === active) return { ...result, unchanged: true };
  await ctx.db.$transaction(async (tx) => {
    const row = await tx.channelSubscription.upsert({
      where: { tenantId_platform_conversationId_kind_actionFieldId: key },
      create: { ...key, workspaceId: conversation.workspaceId, conversationName: conversation.name, createdById: ctx.actor.personId, createdAt: ctx.now, active },
      update: { active, workspaceId: conversation.workspaceId, conversationName: conversation.name ?? undefined, deactivatedAt: active ? null : ctx.now, deactivatedReason: active ? null : `unsubscribed by ${ctx.actor.email}` },
    });
    await appendAudit(tx, auditRecord(ctx, active ? 'subscription.created' : 'subscription.ended', 'ChannelSubscription', row.id, { active: existing?.active ?? false }, { active }));
  });
  return { ...result, unchanged: false };
}
