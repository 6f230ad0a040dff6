import type { WebClient } from '@slack/web-api';
import type { OutgoingMessage, OutgoingPort, SendResult } from '../../src/outbox/outgoingPort';
import { paginate } from './renderBlocks';

/** Slack's limit for chat.postMessage is about one message per second per channel. */
const MIN_INTERVAL_MS = 1000;
const METADATA_TYPE = 'v2030_outbox';
/** Errors after which posting to the conversation can never succeed. */
const PERMANENT = new Set(['channel_not_found', 'is_archived', 'not_in_channel', 'account_inactive', 'invalid_auth', 'token_revoked', 'no_permission', 'missing_scope', 'restricted_action']);

export type ClientForWorkspace = (tenantId: string, workspaceId: string) => Promise<WebClient | undefined>;

/**
 * Posts outbox messages with chat.postMessage. Each page carries the outbox id in its message
 * metadata, so after a timeout or a crash the pages that did land are found in the channel's
 * history and are not posted again.
 */
export function createSlackOutgoingPort(clientFor: ClientForWorkspace): OutgoingPort {
  async function deliveredPages(client: WebClient, message: OutgoingMessage): Promise<Map<number, string>> {
    const history = await client.conversations.history({ channel: message.conversationId, limit: 100, include_all_metadata: true });
    const pages = new Map<number, string>();
    for (const m of history.messages ?? []) {
      const metadata = m.metadata as { event_type?: string; event_payload?: { outbox_id?: string; page?: number } } | undefined;
      if (metadata?.event_type === METADATA_TYPE && metadata.event_payload?.outbox_id === message.outboxId && m.ts) {
        pages.set(Number(metadata.event_payload.page ?? 0), m.ts);
      }
    }
    return pages;
  }

  return {
    platform: 'slack',
    minIntervalMs: MIN_INTERVAL_MS,
    async send(message): Promise<SendResult> {
      const client = await clientFor(message.tenantId, message.workspaceId);
      if (!client) return { kind: 'permanent', error: `no Slack installation for workspace ${message.workspaceId || '(unknown)'}` };
      const pages = paginate(message.message);
      try {
        // A message of several pages may have landed in part on an earlier attempt.
        const landed = pages.length > 1 ? await deliveredPages(client, message) : new Map<number, string>();
        let first = landed.get(0);
        for (const [page, payload] of pages.entries()) {
          if (landed.has(page)) continue;
          const result = await client.chat.postMessage({
            channel: message.conversationId,
            text: payload.text,
            blocks: payload.blocks as never,
            metadata: { event_type: METADATA_TYPE, event_payload: { outbox_id: message.outboxId, page } },
          });
          if (page === 0) first = result.ts;
        }
        return { kind: 'sent', externalId: first };
      } catch (error) {
        return classify(error);
      }
    },
    async findDelivered(message) {
      const client = await clientFor(message.tenantId, message.workspaceId);
      if (!client) return undefined;
      const landed = await deliveredPages(client, message);
      return landed.size === paginate(message.message).length ? landed.get(0) : undefined;
    },
  };
}

function classify(error: unknown): SendResult {
  const e = error as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string }; message?: string };
  switch (e.code) {
    case 'slack_webapi_rate_limited_error':
      return { kind: 'retry', error: 'rate limited (429)', retryAfterMs: (e.retryAfter ?? 1) * 1000 };
    case 'slack_webapi_http_error':
      return { kind: 'retry', error: `HTTP ${e.statusCode}` };
    case 'slack_webapi_platform_error': {
      const reason = e.data?.error ?? 'unknown';
      return PERMANENT.has(reason) ? { kind: 'permanent', error: reason } : { kind: 'retry', error: reason };
    }
    default:
      // No answer (timeout, connection reset): the post may have landed.
      return { kind: 'ambiguous', error: e.message ?? String(error) };
  }
}
