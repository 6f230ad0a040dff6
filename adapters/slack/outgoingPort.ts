import type { WebClient } from '@slack/web-api';
import type { DirectResult, OutgoingImage, OutgoingMessage, OutgoingPort, SendResult } from '../../src/outbox/outgoingPort';
import { SLACK_LIMITS } from './limits';
import { paginate } from './renderBlocks';

const METADATA_TYPE = 'v2030_outbox';
/** Errors after which posting to the conversation can never succeed. */
const PERMANENT = new Set(['channel_not_found', 'is_archived', 'not_in_channel', 'account_inactive', 'invalid_auth', 'token_revoked', 'no_permission', 'missing_scope', 'restricted_action']);
/** Errors of chat.update after which this one message cannot be updated (the conversation is fine). */
const MESSAGE_GONE = new Set(['message_not_found', 'cant_update_message', 'edit_window_closed']);
/** Errors of conversations.open: the person cannot be written to. */
const RECIPIENT_UNREACHABLE = new Set(['user_not_found', 'user_disabled', 'user_not_visible', 'cannot_dm_bot', 'account_inactive']);

export type ClientForWorkspace = (tenantId: string, workspaceId: string) => Promise<WebClient | undefined>;

/**
 * The outbox's sender for Slack. Posts with chat.postMessage (replies with `thread_ts`); each page
 * carries the outbox id in its message metadata, so after a timeout or a crash the pages that did land
 * are found in the channel (or thread) and not posted again. Images are uploaded (files.uploadV2,
 * private to the bot) and shown in an image block by their file id. Updates use chat.update, direct
 * messages the IM channel conversations.open returns. The pages of one message are paced like
 * separate posts (Slack's one message per second per channel): `pause` waits between them.
 */
export function createSlackOutgoingPort(clientFor: ClientForWorkspace, pause: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms))): OutgoingPort {
  async function deliveredPages(client: WebClient, message: OutgoingMessage): Promise<Map<number, string>> {
    const { conversationId: channel, threadOf } = message;
    const history = threadOf
      ? await client.conversations.replies({ channel, ts: threadOf, limit: 200, include_all_metadata: true })
      : await client.conversations.history({ channel, limit: 100, include_all_metadata: true });
    const pages = new Map<number, string>();
    for (const m of history.messages ?? []) {
      const metadata = m.metadata as { event_type?: string; event_payload?: { outbox_id?: string; page?: number } } | undefined;
      if (metadata?.event_type === METADATA_TYPE && metadata.event_payload?.outbox_id === message.outboxId && m.ts) {
        pages.set(Number(metadata.event_payload.page ?? 0), m.ts);
      }
    }
    return pages;
  }

  /** Uploads the message's images (private to the bot) and returns their Slack file ids by image id. */
  async function uploaded(client: WebClient, images: OutgoingImage[]): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    for (const image of images) {
      const result = await client.filesUploadV2({ file: Buffer.from(image.bytes), filename: `${image.id.slice(0, 12)}.png`, title: image.alt.slice(0, 250), alt_text: image.alt.slice(0, 1000) });
      const id = (result.files as { files?: { id?: string }[] }[] | undefined)?.[0]?.files?.[0]?.id;
      if (id) files.set(image.id, id);
    }
    return files;
  }

  const withClient = async (message: Pick<OutgoingMessage, 'tenantId' | 'workspaceId'>, work: (client: WebClient) => Promise<SendResult>): Promise<SendResult> => {
    const client = await clientFor(message.tenantId, message.workspaceId);
    if (!client) return { kind: 'permanent', error: `no Slack installation for workspace ${message.workspaceId || '(unknown)'}` };
    try {
      return await work(client);
    } catch (error) {
      return classify(error);
    }
  };

  return {
    platform: 'slack',
    limits: SLACK_LIMITS,
    send: (message) =>
      withClient(message, async (client) => {
        const files = await uploaded(client, message.images);
        const pages = paginate(message.message, undefined, { slackFiles: files });
        // A message of several pages may have landed in part on an earlier attempt.
        const landed = pages.length > 1 ? await deliveredPages(client, message) : new Map<number, string>();
        let first = landed.get(0);
        let posted = false;
        for (const [page, payload] of pages.entries()) {
          if (landed.has(page)) continue;
          if (posted) await pause(SLACK_LIMITS.minIntervalMs);
          posted = true;
          const result = await client.chat.postMessage({
            channel: message.conversationId,
            text: payload.text,
            blocks: payload.blocks as never,
            ...(message.threadOf ? { thread_ts: message.threadOf } : {}),
            metadata: { event_type: METADATA_TYPE, event_payload: { outbox_id: message.outboxId, page } },
          });
          if (page === 0) first = result.ts;
        }
        return { kind: 'sent', externalId: first };
      }),
    update: (message) =>
      withClient(message, async (client) => {
        const files = await uploaded(client, message.images);
        const pages = paginate(message.message, undefined, { slackFiles: files });
        if (pages.length > 1) return { kind: 'permanent', error: 'the new message is longer than one Slack message; an update cannot split it', code: 'message_gone' };
        await client.chat.update({ channel: message.conversationId, ts: message.externalId, text: pages[0]!.text, blocks: pages[0]!.blocks as never });
        return { kind: 'sent', externalId: message.externalId };
      }),
    async openDirect(recipient): Promise<DirectResult> {
      const result = await withClient(recipient, async (client) => {
        const opened = await client.conversations.open({ users: recipient.platformUserId });
        return { kind: 'sent', externalId: opened.channel?.id };
      });
      if (result.kind !== 'sent') return result.kind === 'permanent' && RECIPIENT_UNREACHABLE.has(result.error) ? { ...result, code: 'recipient_unreachable' } : result;
      return result.externalId ? { kind: 'opened', conversationId: result.externalId } : { kind: 'retry', error: 'conversations.open named no channel' };
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
      if (MESSAGE_GONE.has(reason)) return { kind: 'permanent', error: reason, code: 'message_gone' };
      return PERMANENT.has(reason) ? { kind: 'permanent', error: reason } : { kind: 'retry', error: reason };
    }
    default:
      // No answer (timeout, connection reset): the post may have landed.
      return { kind: 'ambiguous', error: e.message ?? String(error) };
  }
}
