import { DomainError } from '../domain/errors';
import type { Translate } from '../i18n';
import { message, type Message } from '../messages/model';

export function domainErrorReply(error: DomainError, t: Translate): Message {
  const text = t(error.messageKey, error.params);
  return message(text, [{ type: 'text', text, tone: error.kind === 'invalid_input' || error.kind === 'not_found' ? 'warning' : 'critical' }]);
}

export function apologyReply(reference: string, t: Translate): Message {
  const text = t('common:unexpectedError', { reference });
  return message(text, [{ type: 'text', text, tone: 'critical' }]);
}
