import { createSlackOutgoingPort } from '../../adapters/slack/outgoingPort';
import { createWebClient } from '../../adapters/slack/webClient';
import type { Db } from '../../src/db/client';
import type { Message } from '../../src/messages/model';
import { enqueueMessage } from '../../src/outbox/enqueue';
import type { OutgoingPort } from '../../src/outbox/outgoingPort';
import { FakeSlackChannels } from './fakeSlackChannels';

export const WORKSPACE = 'T0KLEIN';
const quietSlackLogger = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => 'error', setName() {} } as never;

/**
 * The real Slack outgoing port, talking to a fake Slack on loopback with the tenant's bot token.
 * The default timeout is far above what any loopback call needs, however busy the machine.
 */
export function slackPortFor(fake: FakeSlackChannels, timeoutMs = 60_000, pause?: (ms: number) => Promise<void>): OutgoingPort {
  const client = createWebClient('xoxb-klein', { slackApiUrl: fake.apiUrl, timeoutMs, logger: quietSlackLogger });
  return createSlackOutgoingPort(async (_tenantId, workspaceId) => (workspaceId === WORKSPACE ? client : undefined), pause);
}

export async function subscribe(db: Db, tenantId: string, conversationId: string, createdById: string, actionFieldId = '') {
  return db.channelSubscription.create({
    data: { tenantId, platform: 'slack', workspaceId: WORKSPACE, conversationId, kind: 'digest', actionFieldId, createdById },
  });
}

export function textMessage(text: string): Message {
  return { summary: text, audience: 'channel', blocks: [{ type: 'text', text }] };
}

export async function enqueueText(db: Db, tenantId: string, conversationId: string, key: string, text: string, now = new Date()) {
  await enqueueMessage(db, { tenantId, platform: 'slack', workspaceId: WORKSPACE, conversationId, kind: 'test', dedupeKey: key, message: textMessage(text) }, now);
}
