import type { CloudAdapter } from 'botbuilder';
import type { Locale } from '../../src/i18n';
import type { Message } from '../../src/messages/model';
import type { ConversationStore } from './conversationStore';
import { messageActivities } from './outgoing';

/** No stored conversation (the bot is not installed there, or was removed). */
export class ConversationNotFoundError extends Error {}

/**
 * Posts a core message to a stored conversation (a personal chat, a channel — as a new thread —
 * or a group chat): the outgoing-message port for alerts, digests and reports. Resolves with the
 * activity ids Teams assigned.
 */
export function createProactiveSender(adapter: CloudAdapter, appId: string, conversations: ConversationStore) {
  return async function sendToConversation(tenantId: string, conversationId: string, message: Message, locale: Locale = 'de'): Promise<string[]> {
    const stored = await conversations.find(tenantId, conversationId);
    if (!stored) throw new ConversationNotFoundError(`No Teams conversation ${conversationId} stored for tenant ${tenantId}`);
    const ids: string[] = [];
    // Without the activity id of the installation event: a new post (in a channel: a new thread), not a reply to it.
    const { activityId: _activityId, ...reference } = stored.reference;
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      context.onSendActivities(async (_ctx, activities, next) => {
        for (const activity of activities) delete activity.replyToId;
        return next();
      });
      const responses = await context.sendActivities(messageActivities(message, locale));
      ids.push(...responses.map((r) => r?.id ?? '').filter(Boolean));
    });
    return ids;
  };
}
