import type { WebClient } from '@slack/web-api';
import type { Clock } from '../../src/clock';
import type { Config } from '../../src/config/env';
import type { Logger } from '../../src/logger';
import type { BindingStore } from '../../src/platform/bindings';
import type { OutgoingPort } from '../../src/outbox/outgoingPort';
import { createSecretBox, type SecretBox } from '../../src/security/secretBox';
import { createSlackOutgoingPort } from './outgoingPort';
import { postResponse } from './responseUrl';
import { bindSingleWorkspace } from './singleWorkspace';
import { slackSettings, type SlackSettings } from './settings';
import { slackLogger } from './slackLogger';
import { checkStoredInstallations } from './storedSecrets';
import { createWebClient, type SlackClientSettings } from './webClient';
import { WorkspaceDirectory, type SingleWorkspace, type Workspace } from './workspaces';

export interface SlackConnectionDeps {
  bindings: BindingStore;
  clock: Clock;
  config: Pick<Config, 'source' | 'tenantSlug' | 'secretKey'>;
  logger: Logger;
  /** Timeout of each Web API call (default 5000 ms). */
  apiTimeoutMs?: number;
  /** Pauses between token checks while Slack is not reachable at start (default: about five minutes in all). */
  unreachablePausesMs?: number[];
}

/** What talks to Slack's Web API on the bot's behalf: the workspaces, their tokens and clients. */
export interface SlackConnection {
  /** The SLACK_* configuration. */
  slack: SlackSettings;
  settings: SlackClientSettings;
  /** The workspace of SLACK_BOT_TOKEN, in single-workspace mode. */
  single: SingleWorkspace | undefined;
  secrets: SecretBox;
  directory: WorkspaceDirectory;
  /** A Web API client with the workspace's bot token (one per token), or undefined without a token. */
  clientOf(workspace: Workspace | undefined): WebClient | undefined;
  /** The outbox's sender for Slack conversations. */
  outgoing: OutgoingPort;
  /** Forgets cached workspaces and clients. */
  close(): void;
}

/**
 * Slack's outgoing side without listeners: what the operator commands (`v2030 run digest`) post
 * with, and what the full adapter builds its listeners on. In single-workspace mode it asks Slack
 * which workspace SLACK_BOT_TOKEN belongs to (auth.test) and binds it to V2030_TENANT.
 */
export async function connectSlack(deps: SlackConnectionDeps): Promise<SlackConnection> {
  const { bindings, config } = deps;
  const slack = slackSettings(config.source);
  if (!slack) throw new Error('Slack is not configured (SLACK_SIGNING_SECRET and a bot token or OAuth credentials).');
  const settings: SlackClientSettings = { slackApiUrl: slack.apiUrl, timeoutMs: deps.apiTimeoutMs ?? 5000, logger: slackLogger(deps.logger) };
  const check = { logger: deps.logger, apiUrl: settings.slackApiUrl ?? 'https://slack.com/api/', pausesMs: deps.unreachablePausesMs };
  const single = slack.botToken ? await bindSingleWorkspace(bindings, createWebClient(slack.botToken, settings), config.tenantSlug, deps.clock.now(), check) : undefined;
  const secrets = createSecretBox(config.secretKey);
  await checkStoredInstallations(bindings, secrets);
  const directory = new WorkspaceDirectory(bindings, single, secrets, () => deps.clock.now().getTime());
  const clients = new Map<string, WebClient>();
  const clientOf = (workspace: Workspace | undefined): WebClient | undefined => {
    if (!workspace?.botToken) return undefined;
    const client = clients.get(workspace.botToken) ?? createWebClient(workspace.botToken, settings);
    clients.set(workspace.botToken, client);
    return client;
  };
  const posts = createSlackOutgoingPort(async (tenantId, workspaceId) => {
    const workspace = workspaceId ? await directory.find(workspaceId, undefined) : await directory.forTenant(tenantId);
    return workspace?.tenantId === tenantId ? clientOf(workspace) : undefined;
  });
  // Answers to slash commands the inbox worker could not send at once go to their response_url.
  const outgoing: OutgoingPort = { ...posts, respond: (message) => postResponse(message.conversationId, message.message, settings.timeoutMs) };
  return {
    slack,
    settings,
    single,
    secrets,
    directory,
    clientOf,
    outgoing,
    close() {
      directory.invalidate();
      clients.clear();
    },
  };
}
