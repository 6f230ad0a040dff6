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

/** Where a command was typed or a button clicked: a DM (`directmessage`), a group DM (`mpdm-…`) or a channel. */
export function conversationOf(channelId: string, channelName: string, teamId: string): Conversation {
  const kind = channelName === 'directmessage' ? 'personal' : channelName.startsWith('mpdm-') ? 'group' : 'channel';
  return { id: channelId, workspaceId: teamId, kind, name: channelName };
}
