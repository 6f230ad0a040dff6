import type { ConversationReferenceStore } from '../../src/platform/conversationReferences';
import type { PlatformLimits } from '../../src/platform/limits';
import type { OutgoingPort, SendResult } from '../../src/outbox/outgoingPort';
import { CARD_BUDGET_BYTES } from './cardRenderer';
import { ConversationNotFoundError, type ProactiveSender } from './proactive';

/** Teams allows about 7 messages per second to one conversation; an activity may have about 28 KB. */
export const TEAMS_LIMITS: PlatformLimits = {
  blocksPerMessage: Number.POSITIVE_INFINITY,
  charactersPerSection: 4_000,
  bytesPerMessage: CARD_BUDGET_BYTES,
  minIntervalMs: Math.ceil(1000 / 7),
  supports: { update: true, thread: true, image: true, directMessage: true },
};

/**
 * The outbox's sender for Teams: proactive posts, replies (in a channel's reply chain) and updates
 * through the stored conversation reference; a person is written to in their personal chat with the
 * bot, which exists once they installed the app or wrote to it. Teams offers no way to look up
 * whether a timed-out post landed, so an ambiguous send is retried (documented in the README: a
 * duplicate is possible on Teams after a timeout, never a loss).
 */
export function createTeamsOutgoingPort(sender: ProactiveSender, conversations: Pick<ConversationReferenceStore, 'personal'>): OutgoingPort {
  return {
    platform: 'teams',
    limits: TEAMS_LIMITS,
    async send(message): Promise<SendResult> {
      try {
        const ids = await sender.post(message.tenantId, message.conversationId, message.message, { threadOf: message.threadOf, images: message.images });
        return { kind: 'sent', externalId: ids[0] };
      } catch (error) {
        return classify(error);
      }
    },
    async update(message): Promise<SendResult> {
      try {
        const updated = await sender.update(message.tenantId, message.conversationId, message.externalId, message.message, { images: message.images });
        return updated ? { kind: 'sent', externalId: message.externalId } : { kind: 'permanent', error: 'the new message needs more than one card; an update cannot split it', code: 'message_gone' };
      } catch (error) {
        const result = classify(error);
        return result.kind === 'permanent' ? { ...result, code: 'message_gone' } : result;
      }
    },
    async openDirect(recipient) {
      const chat = await conversations.personal(recipient.tenantId, 'teams', recipient.personId);
      if (chat) return { kind: 'opened', conversationId: chat.conversationId };
      return { kind: 'permanent', error: 'the person has not installed the app in Teams (no personal chat with the bot)', code: 'recipient_unreachable' };
    },
  };
}

function classify(error: unknown): SendResult {
  if (error instanceof ConversationNotFoundError) return { kind: 'permanent', error: 'conversation reference not stored (bot not installed there)' };
  const e = error as { statusCode?: number; code?: string; message?: string; response?: { headers?: { get?(name: string): string | undefined } } };
  const status = e.statusCode;
  if (status === 403 || status === 404) return { kind: 'permanent', error: `${status} ${e.code ?? ''} (bot removed or conversation gone)`.trim() };
  if (status === 429) {
    const retryAfter = Number(e.response?.headers?.get?.('retry-after'));
    return { kind: 'retry', error: '429 rate limited', retryAfterMs: Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined };
  }
  if (status !== undefined && status >= 500) return { kind: 'retry', error: `HTTP ${status}` };
  if (status !== undefined && status >= 400) return { kind: 'permanent', error: `HTTP ${status} ${e.message ?? ''}`.trim() };
  return { kind: 'retry', error: e.message ?? String(error) };
}
