import { App, ExpressReceiver, type Authorize } from '@slack/bolt';
import { InstallProvider } from '@slack/oauth';
import type { WebClient } from '@slack/web-api';
import express from 'express';
import type { Config } from '../../src/config/env';
import type { InboxAdapterOptions } from '../../src/inbox/inboxAdapterOptions';
import type { ChatPlatform, InboundEndpoint, PlatformDeps } from '../../src/platform/chatPlatform';
import { registerActions } from './actions';
import { connectSlack } from './connection';
import { Background } from './background';
import { changesData } from '../../src/commands';
import { registerCommands } from './commands';
import { slackCommandProcessor, SLACK_INBOX_PLATFORM } from './commandInbox';
import { registerEvents } from './events';
import { HomePublisher } from './home';
import { IdentityLinker } from './identityLinker';
import { UserLocales } from './userLocales';
import { slackInstallationStore } from './installationStore';
import type { ListenerDeps } from './listenerDeps';
import { SLACK_LIMITS } from './limits';
import { mountInstallRoutes } from './oauth';
import { registerUninstallEvents } from './uninstall';
import { registerViews } from './views';
import { refuseFutureTimestamps } from './requestTime';
import { createWebClient, slackClientOptions } from './webClient';

export { installLinkPath } from './oauth';
export { SlackSetupError } from './tokenCheck';

export interface SlackAdapterDeps extends PlatformDeps {
  config: Config;
  options?: {
    /** A slash command that takes longer is acknowledged empty and answered via response_url (default 2000 ms). */
    ackDeadlineMs?: number;
    /** Timeout of each Web API call (default 5000 ms). */
    apiTimeoutMs?: number;
    /** Delay of the App Home refresh after a change (default 1000 ms). */
    homeRefreshDelayMs?: number;
    /**
     * A request no listener acknowledged in this time is answered 404 by Bolt (default 3001 ms, Slack's own
     * limit). Tests raise it: a form submit booked on a machine under load is what they check, not its speed.
     */
    unacknowledgedAfterMs?: number;
  };
  /** The durable inbox of slash commands. */
  inbox?: InboxAdapterOptions;
}

/**
 * Slack as a ChatPlatform. `inbound.routes` mounts POST /slack/events and, with OAuth configured, GET
 * /slack/install and /slack/oauth_redirect; `inbound.settled` resolves when the inbox is worked off and
 * background work (App Home refreshes, late replies) has finished; `outgoing` is the outbox's sender.
 */
export interface SlackAdapter extends ChatPlatform {
  readonly name: 'slack';
  readonly inbound: InboundEndpoint & Required<Pick<InboundEndpoint, 'routes' | 'wake'>>;
  /** A Web API client for a municipality's (first) bound workspace, for proactive posts; undefined if none. */
  client(tenantId: string): Promise<WebClient | undefined>;
}

/**
 * The Slack adapter on the shared HTTP server: Bolt's ExpressReceiver (signature check, 401 for bad,
 * missing, older than five minutes or, checked here, more than five minutes future signatures) on a router the server mounts; no Socket Mode, no
 * server of its own, no in-memory state that would break with several replicas (caches only).
 * Single-workspace mode (SLACK_BOT_TOKEN) binds the token's workspace to V2030_TENANT at start;
 * OAuth mode (SLACK_CLIENT_ID/SECRET/STATE_SECRET) stores installations in PlatformBinding.
 */
export async function createSlackAdapter(deps: SlackAdapterDeps): Promise<SlackAdapter> {
  const { bot, stores, config, logger, clock } = deps;
  const env = config.env;
  if (!env.SLACK_SIGNING_SECRET || !config.slackConfigured) throw new Error('Slack is not configured (SLACK_SIGNING_SECRET and a bot token or OAuth credentials).');
  const log = logger.child({ platform: 'slack' });
  const slack = await connectSlack({ bindings: stores.bindings, clock, config, logger: log, apiTimeoutMs: deps.options?.apiTimeoutMs });
  const { settings, single, secrets, directory, clientOf } = slack;
  const boltLogger = settings.logger;

  const router = express.Router();
  router.use('/slack/events', refuseFutureTimestamps());
  const receiver = new ExpressReceiver({ signingSecret: env.SLACK_SIGNING_SECRET, endpoints: '/slack/events', router, logger: boltLogger, processBeforeResponse: false, unhandledRequestTimeoutMillis: deps.options?.unacknowledgedAfterMs });

  let installer: InstallProvider | undefined;
  if (env.SLACK_CLIENT_ID && env.SLACK_CLIENT_SECRET && env.SLACK_STATE_SECRET) {
    installer = new InstallProvider({
      clientId: env.SLACK_CLIENT_ID,
      clientSecret: env.SLACK_CLIENT_SECRET,
      stateSecret: env.SLACK_STATE_SECRET,
      installationStore: slackInstallationStore(stores.bindings, secrets, clock, (externalId) => directory.invalidate(externalId)),
      clientOptions: slackClientOptions(settings),
      logger: boltLogger,
      // GovSlack and other Slack hosts authorise on the host of their Web API.
      ...(env.SLACK_API_URL ? { authorizationUrl: new URL('/oauth/v2/authorize', env.SLACK_API_URL).toString() } : {}),
    });
    mountInstallRoutes(router, installer, stores, clock);
  }

  const authorize: Authorize<boolean> = async (source) => {
    const workspace = await directory.find(source.teamId, source.enterpriseId);
    return {
      teamId: source.teamId,
      enterpriseId: source.enterpriseId,
      ...(workspace?.botToken ? { botToken: workspace.botToken, botUserId: workspace.botUserId, botId: workspace.botId } : {}),
      workspace,
    };
  };

  // No conversation store: Bolt's default keeps one in memory, which several replicas would not share.
  const app = new App({ receiver, authorize, convoStore: false, clientOptions: slackClientOptions(settings), logger: boltLogger });
  app.error(async (error) => {
    log.error({ err: error }, 'slack: listener failed');
  });

  const background = new Background(log);
  const inbox = stores.inbox(SLACK_INBOX_PLATFORM, log, deps.inbox);
  const locales = new UserLocales(clock, log);
  const listenerDeps: ListenerDeps = {
    bot,
    inbox: inbox.writer,
    linker: new IdentityLinker(stores.identities, clock, log, locales),
    locales,
    home: new HomePublisher(bot, background, locales),
    background,
    logger: log,
    ackDeadlineMs: deps.options?.ackDeadlineMs ?? 2000,
    homeRefreshDelayMs: deps.options?.homeRefreshDelayMs ?? 1000,
  };
  registerCommands(app, listenerDeps);
  registerActions(app, listenerDeps);
  registerViews(app, listenerDeps);
  registerEvents(app, listenerDeps);
  registerUninstallEvents(app, { bindings: stores.bindings, clock, logger: log, single, invalidate: (id) => directory.invalidate(id) });

  // Slash commands stored by the listener are processed here (also those left over from before a restart).
  inbox.startWorker(
    slackCommandProcessor({
      listeners: listenerDeps,
      findWorkspace: (teamId, enterpriseId) => directory.find(teamId, enterpriseId, { fresh: true }),
      clientOf: (workspace) => clientOf(workspace) ?? createWebClient(undefined, settings),
      timeoutMs: settings.timeoutMs,
      isChanging: changesData,
    }),
  );
  return {
    name: 'slack',
    limits: SLACK_LIMITS,
    inbound: {
      routes: (server) => {
        server.use(router);
      },
      wake: () => inbox.wake(),
      async settled() {
        await inbox.drained();
        await background.settled();
      },
      async stop() {
        await inbox.stop();
        await background.settled();
        slack.close();
      },
    },
    outgoing: slack.outgoing,
    client: async (tenantId) => clientOf(await directory.forTenant(tenantId)),
  } satisfies SlackAdapter;
}
