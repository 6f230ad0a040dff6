import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Locale } from '../../src/i18n';
import type { Message } from '../../src/messages/model';
import type { ConversationStore } from './conversationStore';
import { messageActivities } from './outgoing';

/** No stored conversation (the bot is not installed there, or was removed). */
export class ConversationNotFoundError extends Error {}

/**
 * Posts a core message to a stored conversation (a personal chat, a channel — as a new thread —
 * or a group chat): the outgoing-message port for alerts, digests and reports. Resolves with the
 * activity ids Teams assigned; rejects with the Bot Connector's error (its status code), which
 * botbuilder would otherwise hand to onTurnError and swallow, so the outbox would count a lost
 * post as sent.
 */
export function createProactiveSender(adapter: CloudAdapter, appId: string, conversations: ConversationStore) {
  return async function sendToConversation(tenantId: string, conversationId: string, message: Message, locale: Locale = 'de'): Promise<string[]> {
    const stored = await conversations.find(tenantId, conversationId);
    if (!stored) throw new ConversationNotFoundError(`No Teams conversation ${conversationId} stored for tenant ${tenantId}`);
    const ids: string[] = [];
    let failure: { error: unknown } | undefined;
    // Without the activity id of the installation event: a new post (in a channel: a new thread), not a reply to it.
    const { activityId: _activityId, ...reference } = stored.reference;
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      withoutClientRetries(context);
      context.onSendActivities(async (_ctx, activities, next) => {
        for (const activity of activities) delete activity.replyToId;
        return next();
      });
      try {
        const responses = await context.sendActivities(messageActivities(message, locale));
        ids.push(...responses.map((r) => r?.id ?? '').filter(Boolean));
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw failure.error;
    return ids;
  };
}

/**
 * The outbox retries a post itself (Retry-After, backoff, giving up: src/outbox/), so the connector
 * client's own retries — up to three, each waiting out a Retry-After — are switched off for this
 * turn: they would hold a delivery lane for minutes and hide the answer the outbox decides on.
 * botbuilder has no option for it; its client wraps a core-rest-pipeline ServiceClient, whose
 * pipeline drops the policies of its "Retry" phase (the client is created for this turn only).
 */
function withoutClientRetries(context: TurnContext): void {
  const connector = context.turnState.get(context.adapter.ConnectorClientKey) as { client?: { pipeline?: { removePolicy(options: { phase: 'Retry' }): unknown } } } | undefined;
  connector?.client?.pipeline?.removePolicy({ phase: 'Retry' });
}
