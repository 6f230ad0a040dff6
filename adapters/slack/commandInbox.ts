import type { SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { InboundRow } from '../../src/inbox/inboxWorker';
import type { InboxAnswer } from '../../src/outbox/answers';
import { message, type Message } from '../../src/messages/model';
import type { ListenerDeps } from './listenerDeps';
import { conversationOf, requestOf } from './requests';
import { postResponse } from './responseUrl';
import type { Workspace } from './workspaces';

/** What the inbox keeps of a slash command: enough to process and answer it after the ack. */
export interface SlackCommandPayload {
  text: string;
  userId: string;
  teamId: string;
  enterpriseId?: string;
  channelId: string;
  channelName?: string;
  triggerId: string;
  responseUrl: string;
}

export const SLACK_INBOX_PLATFORM = 'slack';

/** The delivery key of a slash command: Slack's retries carry the same trigger_id (also the core's key). */
export function commandDeliveryKey(command: Pick<SlashCommand, 'trigger_id'>): string {
  return `command:${command.trigger_id}`;
}

export function commandPayload(command: SlashCommand): SlackCommandPayload {
  return {
    text: command.text,
    userId: command.user_id,
    teamId: command.team_id,
    ...(command.enterprise_id ? { enterpriseId: command.enterprise_id } : {}),
    channelId: command.channel_id,
    ...(command.channel_name ? { channelName: command.channel_name } : {}),
    triggerId: command.trigger_id,
    responseUrl: command.response_url,
  };
}

export interface CommandProcessorDeps {
  listeners: ListenerDeps;
  findWorkspace(teamId: string, enterpriseId: string | undefined): Promise<Workspace | undefined>;
  clientOf(workspace: Workspace): WebClient;
  /** Timeout of a post to response_url. */
  timeoutMs: number;
  /** Whether a command changes something (the user's App Home is refreshed afterwards). */
  isChanging(text: string): boolean;
}

/**
 * The inbox worker's handler for slash commands: runs the command in the core (the same request,
 * delivery key included, as when it ran during the ack) and returns the answer for the command's
 * response_url (ephemeral unless meant for the channel): the worker writes it to the outbox with
 * the row's mark `done` and sends it (postResponse). Refreshes App Home after a change.
 */
export function slackCommandProcessor(deps: CommandProcessorDeps): (row: InboundRow) => Promise<InboxAnswer | void> {
  const { listeners } = deps;
  return async (row) => {
    const p = row.payload as SlackCommandPayload;
    const workspace = await deps.findWorkspace(p.teamId, p.enterpriseId);
    if (!workspace || workspace.tenantId !== row.tenantId) {
      listeners.logger.warn({ team: p.teamId, inbound: row.id }, 'slack: stored command of a workspace that is no longer bound; dropped');
      return;
    }
    const client = deps.clientOf(workspace);
    const msg = await listeners.bot.handleText({
      ...(await requestOf(listeners, workspace, p.userId, client, commandDeliveryKey({ trigger_id: p.triggerId }))),
      retryWhenUnavailable: !row.lastAttempt,
      conversation: conversationOf(p.channelId, p.channelName, p.teamId),
      text: p.text,
    });
    if (deps.isChanging(p.text)) listeners.home.refresh(workspace, p.userId, client, listeners.homeRefreshDelayMs);
    return {
      platform: SLACK_INBOX_PLATFORM,
      workspaceId: p.teamId,
      conversationId: p.responseUrl,
      message: msg,
      deliver: () => postResponse(p.responseUrl, msg, deps.timeoutMs),
    };
  };
}

/** The ack when a command could not be stored: nothing was saved, the user should try again. */
export function notStoredMessage(text: string): Message {
  return message(text, [{ type: 'text', text, tone: 'critical' }]);
}
