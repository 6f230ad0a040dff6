import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { Locale } from '../../src/i18n';
import type { Message } from '../../src/messages/model';
import type { OutgoingImage } from '../../src/outbox/outgoingPort';
import type { CardImages } from './cardRenderer';
import { messageActivities } from './outgoing';

/** No stored conversation (the bot is not installed there, or was removed). */
export class ConversationNotFoundError extends Error {}

/** How the sender finds a stored conversation reference. */
export interface ConversationLookup {
  find(tenantId: string, conversationId: string): Promise<{ reference: unknown } | undefined>;
}

/** Images up to this size go into the card itself (a `data:` URI); larger ones are linked from the bot's URL. */
export const INLINE_IMAGE_BYTES = 12_000;

export interface PostOptions {
  /** Into the reply chain of this activity (channels); elsewhere a new message in the chat. */
  threadOf?: string;
  images?: OutgoingImage[];
  locale?: Locale;
}

/**
 * Posts, replies and updates proactively in a stored conversation (a personal chat, a channel — a
 * new post starts a new thread there — or a group chat), in a turn botbuilder opens with
 * `continueConversationAsync` on the stored reference. Resolves with the activity ids Teams assigned;
 * rejects with the Bot Connector's error (its status code), which botbuilder would hand to
 * onTurnError and swallow, so that the outbox would count a lost post as sent.
 */
export function createProactiveSender(adapter: CloudAdapter, appId: string, conversations: ConversationLookup, imageUrl?: (id: string) => string) {
  const cardImages = (images: OutgoingImage[] = []): CardImages => ({
    inline: new Map(images.filter((i) => i.bytes.length <= INLINE_IMAGE_BYTES).map((i) => [i.id, `data:${i.contentType};base64,${Buffer.from(i.bytes).toString('base64')}`])),
    ...(imageUrl ? { url: imageUrl } : {}),
  });
  async function referenceOf(tenantId: string, conversationId: string, threadOf?: string): Promise<Partial<ConversationReference>> {
    const stored = await conversations.find(tenantId, conversationId);
    if (!stored) throw new ConversationNotFoundError(`No Teams conversation ${conversationId} stored for tenant ${tenantId}`);
    // Without the activity id of the installation event: a new post (in a channel: a new thread), not a reply to it.
    const { activityId: _activityId, ...reference } = stored.reference as Partial<ConversationReference>;
    if (!threadOf || !reference.conversation || reference.conversation.conversationType !== 'channel') return reference;
    return { ...reference, conversation: { ...reference.conversation, id: `${conversationId};messageid=${threadOf}` } };
  }

  /** Runs `work` in a proactive turn and rethrows what failed in it. */
  async function inTurn(reference: Partial<ConversationReference>, work: (context: TurnContext) => Promise<void>): Promise<void> {
    let failure: { error: unknown } | undefined;
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      withoutClientRetries(context);
      try {
        await work(context);
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw failure.error;
  }

  return {
    async post(tenantId: string, conversationId: string, message: Message, options: PostOptions = {}): Promise<string[]> {
      const reference = await referenceOf(tenantId, conversationId, options.threadOf);
      const ids: string[] = [];
      await inTurn(reference, async (context) => {
        context.onSendActivities(async (_ctx, activities, next) => {
          for (const activity of activities) delete activity.replyToId;
          return next();
        });
        const responses = await context.sendActivities(messageActivities(message, options.locale ?? 'de', cardImages(options.images)));
        ids.push(...responses.map((r) => r?.id ?? '').filter(Boolean));
      });
      return ids;
    },
    /** Replaces a posted message's card for everyone; false when the new message needs more than one card. */
    async update(tenantId: string, conversationId: string, activityId: string, message: Message, options: PostOptions = {}): Promise<boolean> {
      const [activity, ...more] = messageActivities(message, options.locale ?? 'de', cardImages(options.images));
      if (more.length > 0) return false;
      const reference = await referenceOf(tenantId, conversationId);
      await inTurn(reference, async (context) => {
        await context.updateActivity({ ...activity, id: activityId, conversation: context.activity.conversation });
      });
      return true;
    },
  };
}

export type ProactiveSender = ReturnType<typeof createProactiveSender>;

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
