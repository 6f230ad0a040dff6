import crypto from 'node:crypto';
import type { InteractionRequest } from '../../src/bot/chatRequest';
import type { Conversation } from '../../src/domain/conversation';
import type { WebClient } from '@slack/web-api';
import type { Locale } from '../../src/i18n';
import type { ListenerDeps } from './listenerDeps';
import type { Workspace } from './workspaces';

/** The core's request for a Slack interaction in a bound workspace, with the language the user set in Slack. */
export function interactionRequest(workspace: Workspace, userId: string, deliveryKey?: string, locale?: Locale): InteractionRequest {
  return {
    platform: 'slack',
    tenant: { platform: 'slack', externalId: workspace.externalId },
    userId,
    requestId: crypto.randomUUID().slice(0, 8),
    ...(deliveryKey ? { deliveryKey } : {}),
    ...(locale ? { locale } : {}),
  };
}

/** Links the user by e-mail if need be, then builds the core's request (with their Slack language). */
export async function requestOf(deps: Pick<ListenerDeps, 'linker' | 'locales'>, workspace: Workspace, userId: string, client: WebClient, deliveryKey?: string): Promise<InteractionRequest> {
  await deps.linker.ensureLinked(workspace, userId, client);
  return interactionRequest(workspace, userId, deliveryKey, await deps.locales.of(workspace, userId, client));
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
