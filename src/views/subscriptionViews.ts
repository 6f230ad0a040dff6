import { formatDate } from '../format';
import { message, type Message } from '../messages/model';
import type { SubscriptionChanged } from '../usecases/subscriptions/setSubscription';
import type { ViewContext } from './viewContext';

export function subscriptionChangedView(result: SubscriptionChanged, { t }: ViewContext): Message {
  const scope = result.fieldName ?? t('subscriptions:allFields');
  // the sentences name the service as an object: German declines some names there ("den unterjährigen Bericht")
  const what = t(`subscriptions:kind_${result.kind}`, { context: 'object' });
  const key = result.unchanged ? (result.active ? 'alreadyOn' : 'alreadyOff') : result.active ? 'subscribed' : 'unsubscribed';
  const text = t(`subscriptions:${key}`, { what, scope });
  return message(text, [{ type: 'text', text, tone: result.unchanged ? 'neutral' : 'good' }], 'channel');
}

export function subscriptionListView(rows: { kind: string; fieldName?: string; since: Date }[], v: ViewContext): Message {
  const { t } = v;
  if (rows.length === 0) {
    const text = t('subscriptions:none');
    return message(text, [{ type: 'text', text }]);
  }
  const heading = t('subscriptions:heading');
  return message(heading, [
    { type: 'heading', text: heading },
    {
      type: 'list',
      items: rows.map((r) =>
        t('subscriptions:entry', { what: t(`subscriptions:kind_${r.kind}`), scope: r.fieldName ?? t('subscriptions:allFields'), since: formatDate(r.since, v.locale, v.zone) }),
      ),
    },
  ]);
}
