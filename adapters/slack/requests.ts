import crypto from 'node:crypto';
import type { InteractionRequest } from '../../src/bot/chatRequest';
import type { Conversation } from '../../src/domain/conversation';
import type { Workspace } from './workspaces';

/** The core's request for a Slack interaction in a bound workspace. */
export function interactionRequest(workspace: Workspace, userId: string, deliveryKey?: string): InteractionRequest {
  return {
    platform: 'slack',
    tenant: { platform: 'slack', externalId: workspace.externalId },
    userId,
    requestId: crypto.randomUUID().slice(0, 8),
    ...(deliveryKey ? { deliveryKey } : {}),
  };
}

/**
 * Where a command was typed or a button clicked: a DM (`directmessage`), a group DM (`mpdm-…`) or a
 * channel. Without a name (Slack leaves `channel_name` out in some places) the id tells a DM (`D…`).
 */
export function conversationOf(channelId: string, channelName: string | undefined, teamId: string): Conversation {
  if (!channelName) return { id: channelId, workspaceId: teamId, kind: channelId.startsWith('D') ? 'personal' : 'channel' };
  const kind = channelName === 'directmessage' ? 'personal' : channelName.startsWith('mpdm-') ? 'group' : 'channel';
  return { id: channelId, workspaceId: teamId, kind, name: channelName };
}
