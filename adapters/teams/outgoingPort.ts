import type { Locale } from '../../src/i18n';
import type { Message } from '../../src/messages/model';
import type { OutgoingPort, SendResult } from '../../src/outbox/outgoingPort';
import { ConversationNotFoundError } from './proactive';

/** Teams allows about 7 messages per second to one conversation. */
const MIN_INTERVAL_MS = Math.ceil(1000 / 7);

type SendToConversation = (tenantId: string, conversationId: string, message: Message, locale?: Locale) => Promise<string[]>;

/**
 * Posts outbox messages proactively through the stored conversation reference. Teams offers no way
 * to look up whether a timed-out post landed, so an ambiguous send is retried (documented in the
 * README: a duplicate is possible on Teams after a timeout, never a loss).
 */
export function createTeamsOutgoingPort(sendToConversation: SendToConversation): OutgoingPort {
  return {
    platform: 'teams',
    minIntervalMs: MIN_INTERVAL_MS,
    async send(message): Promise<SendResult> {
      try {
        const ids = await sendToConversation(message.tenantId, message.conversationId, message.message);
        return { kind: 'sent', externalId: ids[0] };
      } catch (error) {
        return classify(error);
      }
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
