import crypto from 'node:crypto';
import { ActivityTypes, StatusCodes, type TurnContext } from 'botbuilder';
import type { Bot } from '../../src/bot/bot';
import type { InteractionRequest } from '../../src/bot/chatRequest';
import type { Clock } from '../../src/clock';
import type { Db } from '../../src/db/client';
import { translator, type Locale } from '../../src/i18n';
import type { Logger } from '../../src/logger';
import { message } from '../../src/messages/model';
import { resolveTenant, type Tenant, type TenantKey } from '../../src/tenancy/tenant';
import { handleCardAction } from './cardActions';
import { commandText, formShortcut } from './commandText';
import { conversationOf, scopeOf, type ConversationStore } from './conversationStore';
import { clientLocale, sendMessage } from './outgoing';
import { teamsTenantId, type TenantResolver } from './tenantResolution';
import { withTyping } from './typing';
import { createUserLinker, teamsUserId } from './userLinking';

export interface TurnHandlerDeps {
  bot: Bot;
  db: Db;
  clock: Clock;
  logger: Logger;
  tenants: TenantResolver;
  conversations: ConversationStore;
  typingDelayMs?: number;
}

/** The bot's logic for one Teams activity (what CloudAdapter.process calls). */
export function createTurnHandler(deps: TurnHandlerDeps): (context: TurnContext) => Promise<void> {
  const { bot, db, logger, tenants, conversations } = deps;
  const ensureLinked = createUserLinker(db, deps.clock, logger);

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
    };
  }

  async function onMessage(context: TurnContext): Promise<void> {
    const key = await tenants.keyFor(context.activity);
    await ensureLinked(context, key);
    const request = requestFor(context, key);
    // A channel or group chat the bot is spoken to in can receive proactive posts (subscriptions).
    if (request.conversation?.kind !== 'personal') {
      const tenant = await tenantOf(context);
      if (tenant) await conversations.save(tenant.id, context.activity);
    }
    const text = commandText(context.activity);
    const form = formShortcut(text);
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
    const response = await handleCardAction(context, bot, requestFor(context, key));
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: response });
  }

  async function tenantOf(context: TurnContext): Promise<Tenant | undefined> {
    try {
      return await resolveTenant(db, await tenants.keyFor(context.activity));
    } catch {
      return undefined;
    }
  }

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
      const identity = await db.platformIdentity.findUnique({
        where: { tenantId_platform_externalUserId: { tenantId: tenant.id, platform: 'teams', externalUserId: teamsUserId(context) } },
      });
      personId = identity?.personId;
    }
    await conversations.save(tenant.id, activity, personId);
    logger.info({ tenant: tenant.slug, scope, conversation: activity.conversation.id }, 'Teams: conversation reference stored');
    if (welcome) {
      const text = t(scope === 'personal' ? 'teams:welcomePersonal' : 'teams:welcomeChannel');
      await sendMessage(context, message(text, [{ type: 'text', text }], 'channel'), locale);
    }
  }

  async function uninstalled(context: TurnContext): Promise<void> {
    const removed = await conversations.remove(context.activity.conversation.id);
    logger.info({ conversation: context.activity.conversation.id, removed }, 'Teams: conversation reference removed');
  }

  return async (context) => {
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
}
