import { parseCommand } from '../commands';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { isDatabaseUnavailable } from '../db/errors';
import { DomainError, UnknownUserError } from '../domain/errors';
import { translator, type Locale } from '../i18n';
import type { ActionOutcome } from '../interactions/actionSpec';
import type { FormOutcome, FormValues } from '../interactions/formSpec';
import { productInteractions, type InteractionRegistry } from '../interactions/registry';
import type { Logger } from '../logger';
import type { Message } from '../messages/model';
import { resolveActor } from '../tenancy/actor';
import { resolveTenant, type Tenant } from '../tenancy/tenant';
import type { UseCaseContext } from '../usecases/context';
import { listMine } from '../usecases/measures/listMine';
import { helpView } from '../views/helpView';
import { mineView } from '../views/mineView';
import type { ViewContext } from '../views/viewContext';
import type { ChatRequest, InteractionRequest } from './chatRequest';
import { dispatch } from './dispatch';
import { apologyReply, domainErrorReply } from './errorReply';
import { clickAction, openRegisteredForm, submitRegisteredForm } from './interactions';

export interface BotDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** The forms and button actions (default: the product's, src/interactions/registry.ts). */
  interactions?: InteractionRegistry;
}

/** The core as the adapters see it: text commands, button decisions, forms, and the personal overview (App Home). */
export interface Bot {
  handleText(request: ChatRequest): Promise<Message>;
  /** A click on a button: the registered action's result, or the form the button opens (prefilled with its value). */
  handleAction(request: InteractionRequest, actionId: string, value: string): Promise<ActionOutcome>;
  /** A registered form, optionally prefilled (e.g. with a measure or KPI code); a message instead when it cannot open. */
  openForm(request: InteractionRequest, formId: string, prefill?: string): Promise<Message>;
  /** A submitted form, with the `context` the form carried. */
  submitForm(request: InteractionRequest, formId: string, values: FormValues, context?: string): Promise<FormOutcome>;
  /** What waits for the person: their measures and their team's KPIs due. */
  home(request: InteractionRequest): Promise<Message>;
}

interface Scope {
  tenant: Tenant;
  view: ViewContext;
  actor: () => Promise<{ ctx: UseCaseContext; view: ViewContext }>;
}

/**
 * Resolves tenant and person for each interaction and turns failures into answers: expected ones
 * (DomainError) into localized messages, anything else into a logged error and an apology whose
 * reference is the request id. Each request gets a child logger (platform, request id, user, tenant)
 * that use cases receive in their context, as probot's context carries its `log`.
 */
export function createBot({ db, clock, logger, interactions = productInteractions }: BotDeps): Bot {
  async function run<T>(request: InteractionRequest, kind: string, body: (scope: Scope) => Promise<T>, onError: (m: Message) => T, finish: (value: T, locale: Locale) => T): Promise<T> {
    let log = logger.child({ platform: request.platform, requestId: request.requestId, user: request.userId, kind });
    const now = clock.now();
    let locale: Locale = request.locale ?? 'de';
    try {
      const tenant = await resolveTenant(db, request.tenant, clock);
      locale = request.locale ?? tenant.locale;
      log = log.child({ tenant: tenant.slug });
      const viewFor = (l: Locale): ViewContext => ({ t: translator(l), locale: l, zone: tenant.timeZone, now });
      const general = viewFor(locale);
      const actor = async () => {
        const person = await resolveActor(db, tenant, request.platform, request.userId, now, request.locale);
        locale = person.locale;
        const deliveryKey = request.deliveryKey ? { platform: request.platform, key: request.deliveryKey } : undefined;
        log.info('interaction');
        const conversation = request.conversation ? { ...request.conversation, platform: request.platform } : undefined;
        return { ctx: { db, actor: person, now, requestId: request.requestId, log, deliveryKey, conversation }, view: viewFor(person.locale) };
      };
      return finish(await body({ tenant, view: general, actor }), locale);
    } catch (error) {
      if (error instanceof DomainError) return onError(inLanguage(domainErrorReply(error, translator(locale)), locale));
      if (request.retryWhenUnavailable && isDatabaseUnavailable(error)) throw error;
      log.error({ err: error, tenant: request.tenant }, 'interaction failed');
      return onError(inLanguage(apologyReply(request.requestId, translator(locale)), locale));
    }
  }
  const asMessage = (m: Message) => m;
  const inLanguage = (m: Message, locale: Locale): Message => ({ locale, ...m });
  const unlinked = (general: ViewContext) => (error: unknown) => {
    if (error instanceof UnknownUserError) return general;
    throw error;
  };

  return {
    handleText: (request) =>
      run(request, 'text', async ({ view, actor }) => {
        const parsed = parseCommand(request.text);
        // Help also answers people not linked yet: in their own language when they are known.
        if (parsed.ok && parsed.command.name === 'help') return helpView(await actor().then((a) => a.view, unlinked(view)), parsed.command.topic);
        const { ctx, view: personal } = await actor();
        if (!parsed.ok) throw parsed.error;
        return dispatch(parsed.command, ctx, personal);
      }, asMessage, inLanguage),
    handleAction: (request, actionId, value) =>
      run<ActionOutcome>(request, 'action', async ({ actor }) => {
        const { ctx, view } = await actor();
        return clickAction(interactions, ctx, view, actionId, value);
      }, (reply) => ({ kind: 'done', reply }), (outcome, l) => (outcome.kind === 'form' ? { ...outcome, message: inLanguage(outcome.message, l) } : outcome)),
    openForm: (request, formId, prefill) =>
      run(request, 'openForm', async ({ actor }) => {
        const { ctx, view } = await actor();
        return openRegisteredForm(interactions, ctx, view, formId, prefill);
      }, asMessage, inLanguage),
    submitForm: (request, formId, values, context) =>
      run<FormOutcome>(request, 'submitForm', async ({ actor }) => {
        const { ctx, view } = await actor();
        return submitRegisteredForm(interactions, ctx, view, { formId, values, context });
      }, (message) => ({ ok: true, message }), (outcome) => outcome),
    home: (request) =>
      run(request, 'home', async ({ actor }) => {
        const { ctx, view } = await actor();
        return mineView(await listMine(ctx), view);
      }, asMessage, inLanguage),
  };
}
