import { TurnContext, type Activity } from 'botbuilder';
import type { Conversation } from '../../src/domain/conversation';
import type { StoredConversation } from '../../src/platform/conversationReferences';

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

/**
 * What is stored to reach an activity's conversation later: botbuilder's conversation reference,
 * per channel rather than per thread (proactive posts start a new thread there); a personal chat
 * with the linked person it belongs to (direct messages go there).
 */
export function storedConversation(tenantId: string, activity: Activity, personId?: string): StoredConversation {
  const reference = TurnContext.getConversationReference(activity);
  const conversationId = channelConversationId(activity);
  if (reference.conversation) reference.conversation = { ...reference.conversation, id: conversationId };
  return { tenantId, platform: 'teams', conversationId, scope: scopeOf(activity), ...(personId ? { personId } : {}), reference };
}
