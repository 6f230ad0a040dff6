import { formatDate } from '../format';
import { message, type Message } from '../messages/model';
import type { DelegationCreated } from '../usecases/budget/delegateApproval';
import type { ViewContext } from './viewContext';

export function delegationView(d: DelegationCreated, v: ViewContext): Message {
  const text = v.t('budgetOversight:delegated', {
    deputy: d.deputy,
    from: formatDate(d.startsOn, v.locale, v.zone),
    until: formatDate(d.lastDay, v.locale, v.zone),
    scope: d.fieldName ?? v.t('budgetOversight:allFields'),
  });
  return message(text, [{ type: 'text', text, tone: 'good' }]);
}
