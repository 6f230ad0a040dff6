import crypto from 'node:crypto';
import { ActivityTypes, StatusCodes, type TurnContext } from 'botbuilder';
import type { Bot } from '../../src/bot/bot';
import type { InteractionRequest } from '../../src/bot/chatRequest';
import type { Clock } from '../../src/clock';
import { localeOfTag, translator, type Locale } from '../../src/i18n';
import type { Logger } from '../../src/logger';
import { message } from '../../src/messages/model';
import type { PlatformStores } from '../../src/platform/stores';
import type { Tenant, TenantKey } from '../../src/tenancy/tenant';
import type { InboxWriter } from '../../src/inbox/inboxWriter';
import { handleCardAction } from './cardActions';
import { formOfBareCommand } from '../../src/commands';
import { commandText } from './commandText';
import type { ConversationReferenceStore } from '../../src/platform/conversationReferences';
import { conversationOf, scopeOf, storedConversation } from './conversationStore';
import { messageDeliveryKey, TEAMS_INBOX_PLATFORM, type TeamsMessagePayload } from './messageInbox';
import { clientLocale, sendMessage } from './outgoing';
import { teamsTenantId, type TenantResolver } from './tenantResolution';
import { withTyping } from './typing';
import { createUserLinker, teamsUserId } from './userLinking';

export interface TurnHandlerDeps {
  bot: Bot;
  stores: Pick<PlatformStores, 'tenant' | 'identities'>;
  clock: Clock;
  logger: Logger;
  tenants: TenantResolver;
  conversations: ConversationReferenceStore;
  typingDelayMs?: number;
  /** The durable inbox text messages are stored in before they are acknowledged (without: answered within the request). */
  inbox?: InboxWriter;
}

export interface TurnHandler {
  /** What CloudAdapter.process calls for each activity. */
  turn(context: TurnContext): Promise<void>;
  /** Runs a text message in the core and replies (within the request, or in the inbox worker's turn). */
  answerMessage(context: TurnContext, key: TenantKey, retryWhenUnavailable?: boolean): Promise<void>;
}

/** The bot's logic for one Teams activity (what CloudAdapter.process calls). */
export function createTurnHandler(deps: TurnHandlerDeps): TurnHandler {
  const { bot, stores, logger, tenants, conversations } = deps;
  const ensureLinked = createUserLinker(stores, deps.clock, logger);

  function requestFor(context: TurnContext, tenant: TenantKey): InteractionRequest {
    const activity = context.activity;
    return {
      platform: 'teams',
      tenant,
      userId: teamsUserId(context),
      requestId: crypto.randomUUID().slice(0, 8),
      // Activity ids are unique within a conversation; the pair identifies a delivery.
      deliveryKey: `${activity.conversation.id}|${activity.id}`,
      conversation: conversationOf(activity),
      locale: localeOfTag(activity.locale),
    };
  }

  /**
   * A text message is stored in the durable inbox (unique on conversation and activity id, so a
   * redelivery is stored once) and acknowledged with 200 as soon as the row is committed; the inbox
   * worker answers it through the Bot Connector (messageInbox.ts). The form shortcuts (`fortschritt`
   * alone), messages of an unknown municipality and a redelivery of a stored message are answered
   * within the request as before (the core's delivery key then answers "saved already").
   */
  async function onMessage(context: TurnContext): Promise<void> {
    const key = await tenants.keyFor(context.activity);
    if (deps.inbox && !formOfBareCommand(commandText(context.activity))) {
      const tenant = await tenantByKey(key);
      if (tenant) {
        const payload: TeamsMessagePayload = { activity: context.activity, tenantKey: key };
        const outcome = await deps.inbox.store({
          tenantId: tenant.id,
          platform: TEAMS_INBOX_PLATFORM,
          deliveryKey: messageDeliveryKey(context.activity),
          payload,
        });
        if (outcome === 'stored') return;
      }
    }
    await answerMessage(context, key);
  }

  async function answerMessage(context: TurnContext, key: TenantKey, retryWhenUnavailable = false): Promise<void> {
    await ensureLinked(context, key);
    const request = { ...requestFor(context, key), retryWhenUnavailable };
    // A channel or group chat the bot is spoken to in can receive proactive posts (subscriptions).
    if (request.conversation?.kind !== 'personal') {
      const tenant = await tenantByKey(key);
      if (tenant) await conversations.save(storedConversation(tenant.id, context.activity));
    }
    const text = commandText(context.activity);
    const form = formOfBareCommand(text);
    const reply = await withTyping(context, () => (form ? bot.openForm(request, form) : bot.handleText({ ...request, text })), deps.typingDelayMs);
    await sendMessage(context, reply);
  }

  async function onInvoke(context: TurnContext): Promise<void> {
    if (context.activity.name !== 'adaptiveCard/action') {
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: StatusCodes.NOT_IMPLEMENTED } });
      return;
    }
    const key = await tenants.keyFor(context.activity);
    await ensureLinked(context, key);
    const { response, followUp } = await handleCardAction(context, bot, requestFor(context, key));
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: response });
    if (followUp) await sendMessage(context, followUp);
  }

  async function tenantOf(context: TurnContext): Promise<Tenant | undefined> {
    return tenantByKey(await tenants.keyFor(context.activity));
  }

  const tenantByKey = (key: TenantKey): Promise<Tenant | undefined> => stores.tenant(key);

  async function installed(context: TurnContext, welcome: boolean): Promise<void> {
    const activity = context.activity;
    const tenant = await tenantOf(context);
    const locale: Locale = clientLocale(activity);
    const t = translator(locale);
    if (!tenant) {
      logger.warn({ teamsTenant: teamsTenantId(activity) }, 'Teams: installed in an unknown tenant');
      const text = t('teams:unknownTenant', { tenantId: teamsTenantId(activity) ?? '?' });
      if (welcome) await sendMessage(context, message(text, [{ type: 'text', text, tone: 'warning' }]), locale);
      return;
    }
    const scope = scopeOf(activity);
    let personId: string | undefined;
    if (scope === 'personal') {
      await ensureLinked(context, { slug: tenant.slug });
      personId = await stores.identities.personOf(tenant.id, 'teams', teamsUserId(context));
    }
    await conversations.save(storedConversation(tenant.id, activity, personId));
    logger.info({ tenant: tenant.slug, scope, conversation: activity.conversation.id }, 'Teams: conversation reference stored');
    if (welcome) {
      const text = t(scope === 'personal' ? 'teams:welcomePersonal' : 'teams:welcomeChannel');
      await sendMessage(context, message(text, [{ type: 'text', text }], 'channel'), locale);
    }
  }

  async function uninstalled(context: TurnContext): Promise<void> {
    const removed = await conversations.remove('teams', context.activity.conversation.id);
    logger.info({ conversation: context.activity.conversation.id, removed }, 'Teams: conversation reference removed');
  }

  const turn = async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    const botId = activity.recipient?.id;
    switch (activity.type) {
      case ActivityTypes.Message:
        return onMessage(context);
      case ActivityTypes.Invoke:
        return onInvoke(context);
      case ActivityTypes.InstallationUpdate:
        // Teams also sends conversationUpdate when the bot is added: the welcome goes out once, there.
        if (activity.action === 'add' || activity.action === 'add-upgrade') return installed(context, false);
        if (activity.action === 'remove' || activity.action === 'remove-upgrade') return uninstalled(context);
        return;
      case ActivityTypes.ConversationUpdate:
        if (activity.membersAdded?.some((m) => m.id === botId)) return installed(context, true);
        if (activity.membersRemoved?.some((m) => m.id === botId)) return uninstalled(context);
        return;
      default:
        return;
    }
  };
  return { turn, answerMessage };
}
