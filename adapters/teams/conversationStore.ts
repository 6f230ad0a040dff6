import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { Db } from '../../src/db/client';
import type { Conversation } from '../../src/domain/conversation';
import { Prisma } from '../../src/db/client';

export type ConversationScope = 'personal' | 'channel' | 'groupChat';

export function scopeOf(activity: Partial<Activity>): ConversationScope {
  const type = activity.conversation?.conversationType;
  if (type === 'channel' || type === 'groupChat') return type;
  return 'personal';
}

/** A channel's id without the `;messageid=…` suffix Teams adds for posts in a thread. */
export function channelConversationId(activity: Partial<Activity>): string {
  return (activity.conversation?.id ?? '').split(';')[0]!;
}

/** The core's view of where an activity was written. */
export function conversationOf(activity: Partial<Activity>): Conversation {
  const scope = scopeOf(activity);
  return {
    id: channelConversationId(activity),
    workspaceId: activity.conversation?.tenantId ?? '',
    kind: scope === 'channel' ? 'channel' : scope === 'groupChat' ? 'group' : 'personal',
    ...(activity.channelData?.channel?.name ? { name: String(activity.channelData.channel.name) } : {}),
  };
}

export interface StoredConversation {
  tenantId: string;
  conversationId: string;
  scope: ConversationScope;
  reference: Partial<ConversationReference>;
}

/** Conversation references for proactive posts: saved when the bot is installed, removed when it is uninstalled. */
export function createConversationStore(db: Db) {
  return {
    async save(tenantId: string, activity: Activity, personId?: string): Promise<void> {
      const reference = TurnContext.getConversationReference(activity);
      // Stored per channel, not per thread: proactive posts start a new thread there.
      const conversationId = channelConversationId(activity);
      if (reference.conversation) reference.conversation = { ...reference.conversation, id: conversationId };
      const scope = scopeOf(activity);
      const json = JSON.parse(JSON.stringify(reference)) as Prisma.InputJsonValue;
      await db.conversationReference.upsert({
        where: { platform_conversationId: { platform: 'teams', conversationId } },
        create: { tenantId, platform: 'teams', conversationId, scope, personId, reference: json },
        update: { tenantId, scope, personId, reference: json },
      });
    },
    async remove(conversationId: string): Promise<number> {
      return (await db.conversationReference.deleteMany({ where: { platform: 'teams', conversationId } })).count;
    },
    async find(tenantId: string, conversationId: string): Promise<StoredConversation | undefined> {
      const row = await db.conversationReference.findUnique({ where: { platform_conversationId: { platform: 'teams', conversationId } } });
      if (!row || row.tenantId !== tenantId) return undefined;
      return { tenantId: row.tenantId, conversationId: row.conversationId, scope: row.scope as ConversationScope, reference: row.reference as Partial<ConversationReference> };
    },
  };
}

export type ConversationStore = ReturnType<typeof createConversationStore>;
