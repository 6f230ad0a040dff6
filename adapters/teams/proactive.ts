import type { CloudAdapter, ConversationReference } from 'botbuilder';
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
 * `continueConversationAsync` on the stored reference. Resolves with the activity ids Teams assigned.
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

  return {
    async post(tenantId: string, conversationId: string, message: Message, options: PostOptions = {}): Promise<string[]> {
      const reference = await referenceOf(tenantId, conversationId, options.threadOf);
      const ids: string[] = [];
      await adapter.continueConversationAsync(appId, reference, async (context) => {
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
      await adapter.continueConversationAsync(appId, reference, async (context) => {
        await context.updateActivity({ ...activity, id: activityId, conversation: context.activity.conversation });
      });
      return true;
    },
  };
}

export type ProactiveSender = ReturnType<typeof createProactiveSender>;
