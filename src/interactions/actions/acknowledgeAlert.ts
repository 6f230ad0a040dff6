import { acknowledgeAlert } from '../../usecases/alerts/decideAlert';
import { alertAcknowledgedView } from '../../views/alertViews';
import type { ActionSpec } from '../actionSpec';
import { ACKNOWLEDGE_ALERT_ACTION } from '../ids';

/** An alert's "acknowledge" button (its value: the alert's number); the clicker gets the confirmation. */
export const acknowledgeAlertAction: ActionSpec = {
  id: ACKNOWLEDGE_ALERT_ACTION,
  async run(ctx, view, number) {
    return { reply: alertAcknowledgedView(await acknowledgeAlert(ctx, Number(number)), view) };
  },
};
