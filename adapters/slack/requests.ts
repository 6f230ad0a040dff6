import crypto from 'node:crypto';
import type { InteractionRequest } from '../../src/bot/chatRequest';
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
