import { acknowledgeAlert } from '../../usecases/alerts/decideAlert';
import { alertAcknowledgedView, readAlertButton } from '../../views/alertViews';
import type { ActionSpec } from '../actionSpec';
import { ACKNOWLEDGE_ALERT_ACTION } from '../ids';
import { alertMessageNow } from './alertMessage';

/** An alert's "acknowledge" button: the clicker gets the confirmation, the clicked message shows the alert acknowledged. */
export const acknowledgeAlertAction: ActionSpec = {
  id: ACKNOWLEDGE_ALERT_ACTION,
  async run(ctx, view, value) {
    const { number, origin } = readAlertButton(value);
    const reply = alertAcknowledgedView(await acknowledgeAlert(ctx, number), view);
    return { reply, replace: await alertMessageNow(ctx, view, number, origin) };
  },
};
