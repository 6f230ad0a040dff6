import type { Config } from '../../src/config/env';
import type { InboxAdapterOptions } from '../../src/inbox/inboxAdapterOptions';
import { translator } from '../../src/i18n';
import type { ChatPlatform, InboundEndpoint, PlatformDeps } from '../../src/platform/chatPlatform';
import { warnUnauthenticated, type BotFrameworkAuthentication } from './authentication';
import { connectTeams } from './connection';
import { teamsMessageProcessor, TEAMS_INBOX_PLATFORM } from './messageInbox';
import { mountMessages } from './mount';
import { guardSigningKeyFetch } from './signingKeys';
import { clientLocale } from './outgoing';
import { TEAMS_LIMITS } from './outgoingPort';
import { createTenantResolver, ensureConfiguredBinding } from './tenantResolution';
import { createTurnHandler } from './turnHandler';

export { TeamsNotConfiguredError } from './authentication';
export { ConversationNotFoundError } from './proactive';
export { MESSAGES_PATH } from './mount';

export interface TeamsAdapterOptions extends PlatformDeps {
  config: Pick<Config, 'env' | 'tenantSlug' | 'teamsUnauthenticated'>;
  /** Replaces botbuilder's authentication built from the config (tests: a local OpenID metadata endpoint). */
  botFrameworkAuth?: BotFrameworkAuthentication;
  /** After how long a reply gets a typing indicator first (default 2 s). */
  typingDelayMs?: number;
  /** The durable inbox of text messages (see InboxAdapterOptions). */
  inbox?: InboxAdapterOptions;
  /** Bounds of fetching Microsoft's signing keys (default: 10 s per fetch, 30 s before trying again after a failure). */
  signingKeys?: { timeoutMs: number; failureCacheMs: number };
}

/**
 * Teams as a ChatPlatform: `inbound.routes` mounts POST /api/messages; `inbound.settled` resolves when
 * the inbox worker has nothing left to do, `inbound.stop` stops it; `outgoing` is the outbox's sender.
 */
export interface TeamsAdapter extends ChatPlatform {
  readonly name: 'teams';
  readonly inbound: InboundEndpoint & Required<Pick<InboundEndpoint, 'routes' | 'wake'>>;
  /** Whether requests are authenticated (false only with TEAMS_ALLOW_UNAUTHENTICATED=true). */
  authenticated: boolean;
  /** Settles when the configured Teams tenant has been bound to the municipality (if it exists yet). */
  ready: Promise<void>;
}

/**
 * The Microsoft Teams adapter. Throws TeamsNotConfiguredError without credentials unless
 * TEAMS_ALLOW_UNAUTHENTICATED=true (then it logs a loud warning).
 */
export function createTeamsAdapter(options: TeamsAdapterOptions): TeamsAdapter {
  const logger = options.logger.child({ adapter: 'teams' });
  const { stores, clock } = options;
  const { mode, adapter, conversations, outgoing } = connectTeams({ ...options, conversations: stores.conversations });
  guardSigningKeyFetch({ timeoutMs: 10_000, failureCacheMs: 30_000, ...options.signingKeys, now: () => clock.now().getTime(), logger });
  const tenants = createTenantResolver(stores.bindings, clock, options.config, logger);
  const inbox = stores.inbox(TEAMS_INBOX_PLATFORM, logger, options.inbox);
  const handler = createTurnHandler({ ...options, logger, tenants, conversations, inbox: inbox.writer });

  adapter.onTurnError = async (context, error) => {
    const reference = context.activity.id ?? '';
    logger.error({ err: error, activity: context.activity.id, type: context.activity.type }, 'Teams: turn failed');
    if (context.activity.type !== 'message') return;
    try {
      await context.sendActivity(translator(clientLocale(context.activity))('common:unexpectedError', { reference: reference.slice(0, 12) }));
    } catch {
      // the connector is unreachable too; the error is logged
    }
  };

  const ready = ensureConfiguredBinding(tenants, options.config.env.MICROSOFT_APP_TENANT_ID).catch((error: unknown) => {
    logger.error({ err: error }, 'Teams: could not bind MICROSOFT_APP_TENANT_ID to the municipality');
  });

  inbox.startWorker(teamsMessageProcessor(adapter, mode.appId, handler.answerMessage));
  return {
    name: 'teams',
    limits: TEAMS_LIMITS,
    inbound: {
      routes: (app) => {
        if (!mode.authenticated) warnUnauthenticated(logger);
        mountMessages(app, adapter, handler.turn, logger);
      },
      wake: () => inbox.wake(),
      settled: () => inbox.drained(),
      stop: () => inbox.stop(),
    },
    outgoing,
    authenticated: mode.authenticated,
    ready,
  } satisfies TeamsAdapter;
}
