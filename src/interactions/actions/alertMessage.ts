import { announcementOf, listOpenAlerts } from '../../usecases/alerts/alertAccess';
import type { UseCaseContext } from '../../usecases/context';
import { alertListView, alertsFiredMessage, type AlertButtonOrigin } from '../../views/alertViews';
import type { ViewContext } from '../../views/viewContext';

/** The message an alert's button was clicked in, as it stands now: the announcement of the alert, or the person's `alarme` list. */
export async function alertMessageNow(ctx: UseCaseContext, view: ViewContext, number: number, origin: AlertButtonOrigin) {
  if (origin === 'list') return alertListView(await listOpenAlerts(ctx), view);
  const { field, alerts } = await announcementOf(ctx, number);
  return alertsFiredMessage(field, alerts, view);
}
