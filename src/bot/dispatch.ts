import type { ChatCommand } from '../commands';
import type { DecisionCommandName } from '../commands/types';
import type { Message } from '../messages/model';
import type { UseCaseContext } from '../usecases/context';
import { listOpenAlerts } from '../usecases/alerts/alertAccess';
import { decideAndUpdate, fileAndAnnounce } from '../usecases/budget/chatReallocation';
import type { Decision } from '../usecases/budget/decideReallocation';
import { delegateApproval } from '../usecases/budget/delegateApproval';
import { proposeReallocation } from '../usecases/budget/proposeReallocation';
import { listRequests } from '../usecases/budget/requestCards';
import { showJointBudget } from '../usecases/budget/showBudget';
import { acknowledgeAlert, snoozeAlert } from '../usecases/alerts/decideAlert';
import { recordKpiValue } from '../usecases/kpis/recordKpiValue';
import { showKpi } from '../usecases/kpis/showKpi';
import { setReminders } from '../usecases/reminders/setReminders';
import { listMine } from '../usecases/measures/listMine';
import { logProgress } from '../usecases/measures/logProgress';
import { showMeasure } from '../usecases/measures/showMeasure';
import { setLanguage } from '../usecases/people/setLanguage';
import { lockPeriod, reopenPeriod } from '../usecases/periods/changePeriodLock';
import { showAnnualReport } from '../usecases/reports/showAnnualReport';
import { showReport } from '../usecases/reports/showReport';
import { annualMessage } from '../reports/annual/annualView';
import { reportMessages } from '../reports/inYear/reportMessages';
import { listSubscriptions } from '../usecases/subscriptions/listSubscriptions';
import { setSubscription } from '../usecases/subscriptions/setSubscription';
import { alertAcknowledgedView, alertListView, alertSnoozedView } from '../views/alertViews';
import { budgetView, decidedView, filedView, proposalView, requestListView } from '../views/budgetViews';
import { delegationView } from '../views/delegationView';
import { helpView } from '../views/helpView';
import { languageSetView } from '../views/languageSetView';
import { kpiRecordedView } from '../views/kpiRecordedView';
import { kpiView } from '../views/kpiView';
import { reminderStateView } from '../views/reminderView';
import { measureCard } from '../views/measureCard';
import { mineView } from '../views/mineView';
import { periodLockView } from '../views/periodLockView';
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
    case 'showKpi':
      return kpiView(await showKpi(ctx, command.kpiCode), view);
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
    case 'reminders':
      return reminderStateView(await setReminders(ctx, command.on), view);
    case 'lockPeriod':
      return periodLockView(await lockPeriod(ctx, command.period), view);
    case 'reopenPeriod':
      return periodLockView(await reopenPeriod(ctx, command.period, command.reason), view);
    case 'showReport':
      if (command.period?.frequency === 'yearly') return annualMessage(await showAnnualReport(ctx, command.period.year, command.actionFieldCode), view);
      return reportMessages(await showReport(ctx, command), view);
    case 'showBudget':
      return budgetView(await showJointBudget(ctx, command.actionFieldCode), view);
    case 'requestReallocation':
      return proposalView(await proposeReallocation(ctx, command), view);
    case 'confirmReallocation':
      return filedView(await fileAndAnnounce(ctx), view);
    case 'listRequests':
      return requestListView(await listRequests(ctx), view);
    case 'approveReallocation':
    case 'rejectReallocation':
    case 'askReallocation':
    case 'answerReallocation':
    case 'withdrawReallocation':
      return decidedView(await decideAndUpdate(ctx, command.number, decisionOf(command)), view);
    case 'recordCouncilConsent':
      return decidedView(await decideAndUpdate(ctx, command.number, { type: 'council_consent', decidedOn: new Date(`${command.decidedOn}T00:00:00Z`), reference: command.reference }), view);
    case 'delegateApproval':
      return delegationView(await delegateApproval(ctx, command), view);
    case 'setLanguage':
      return languageSetView(await setLanguage(ctx, command.locale));
  }
}

function decisionOf(command: Extract<ChatCommand, { name: DecisionCommandName }>): Decision {
  switch (command.name) {
    case 'approveReallocation':
      return { type: 'approve', comment: command.text || undefined };
    case 'rejectReallocation':
      return { type: 'reject', comment: command.text };
    case 'askReallocation':
      return { type: 'ask', question: command.text };
    case 'answerReallocation':
      return { type: 'answer', answer: command.text };
    case 'withdrawReallocation':
      return { type: 'withdraw' };
  }
}
