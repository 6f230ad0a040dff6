import type { ChatCommand } from '../commands';
import type { Message } from '../messages/model';
import type { UseCaseContext } from '../usecases/context';
import { listOpenAlerts } from '../usecases/alerts/alertAccess';
import { acknowledgeAlert, snoozeAlert } from '../usecases/alerts/decideAlert';
import { recordKpiValue } from '../usecases/kpis/recordKpiValue';
import { listMine } from '../usecases/measures/listMine';
import { logProgress } from '../usecases/measures/logProgress';
import { showMeasure } from '../usecases/measures/showMeasure';
import { showReport } from '../usecases/reports/showReport';
import { reportMessages } from '../reports/inYear/reportMessages';
import { listSubscriptions } from '../usecases/subscriptions/listSubscriptions';
import { setSubscription } from '../usecases/subscriptions/setSubscription';
import { alertAcknowledgedView, alertListView, alertSnoozedView } from '../views/alertViews';
import { helpView } from '../views/helpView';
import { kpiRecordedView } from '../views/kpiRecordedView';
import { measureCard } from '../views/measureCard';
import { mineView } from '../views/mineView';
import { progressLoggedView } from '../views/progressLoggedView';
import { subscriptionChangedView, subscriptionListView } from '../views/subscriptionViews';
import type { ViewContext } from '../views/viewContext';

/** Runs a parsed command's use case for the actor and renders its result. */
export async function dispatch(command: ChatCommand, ctx: UseCaseContext, view: ViewContext): Promise<Message> {
  switch (command.name) {
    case 'help':
      return helpView(view, command.topic);
    case 'mine':
      return mineView(await listMine(ctx), view);
    case 'showMeasure':
      return measureCard(await showMeasure(ctx, command.measureCode), view);
    case 'logProgress':
      return progressLoggedView(await logProgress(ctx, command), view);
    case 'recordKpiValue':
      return kpiRecordedView(await recordKpiValue(ctx, command), view);
    case 'subscribe':
      return subscriptionChangedView(await setSubscription(ctx, command.kind, command.actionFieldCode, command.active), view);
    case 'unsubscribe':
      return subscriptionChangedView(await setSubscription(ctx, command.kind, command.actionFieldCode, false), view);
    case 'listSubscriptions':
      return subscriptionListView(await listSubscriptions(ctx), view);
    case 'listAlerts':
      return alertListView(await listOpenAlerts(ctx), view);
    case 'acknowledgeAlert':
      return alertAcknowledgedView(await acknowledgeAlert(ctx, command.number), view);
    case 'snoozeAlert':
      return alertSnoozedView(await snoozeAlert(ctx, command.number, command.days), view);
    case 'showReport':
      return reportMessages(await showReport(ctx, command), view);
  }
}
