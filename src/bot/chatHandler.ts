import { parseCommand } from '../commands';
import type { Db } from '../db/client';
import type { Clock } from '../clock';
import { DomainError } from '../domain/errors';
import { translator, type Locale } from '../i18n';
import type { Logger } from '../logger';
import type { Message } from '../messages/model';
import { resolveActor } from '../tenancy/actor';
import { resolveTenant } from '../tenancy/tenant';
import { helpView } from '../views/helpView';
import type { ChatRequest } from './chatRequest';
import { dispatch } from './dispatch';
import { apologyReply, domainErrorReply } from './errorReply';

export interface ChatHandlerDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
}

export type ChatHandler = (request: ChatRequest) => Promise<Message>;

/**
 * The core's entry for chat text: tenant → person → command → use case → message. Expected
 * failures become localized answers; anything else is logged with context and answered with an
 * apology that carries the request id as reference.
 */
export function createChatHandler({ db, clock, logger }: ChatHandlerDeps): ChatHandler {
  return async (request) => {
    const log = logger.child({ platform: request.platform, requestId: request.requestId, user: request.userId });
    const now = clock.now();
    let locale: Locale = 'de';
    try {
      const tenant = await resolveTenant(db, request.tenant);
      locale = tenant.locale;
      const parsed = parseCommand(request.text);
      const base = { zone: tenant.timeZone, now };
      if (parsed.ok && parsed.command.name === 'help') {
        return helpView({ ...base, t: translator(locale), locale }, parsed.command.topic);
      }
      const actor = await resolveActor(db, tenant, request.platform, request.userId, now);
      locale = actor.locale;
      if (!parsed.ok) throw parsed.error;
      log.info({ tenant: tenant.slug, command: parsed.command.name }, 'chat command');
      const deliveryKey = request.deliveryKey ? { platform: request.platform, key: request.deliveryKey } : undefined;
      return await dispatch(parsed.command, { db, actor, now, requestId: request.requestId, deliveryKey }, { ...base, t: translator(locale), locale });
    } catch (error) {
      if (error instanceof DomainError) return domainErrorReply(error, translator(locale));
      log.error({ err: error, tenant: request.tenant }, 'chat command failed');
      return apologyReply(request.requestId, translator(locale));
    }
  };
}
