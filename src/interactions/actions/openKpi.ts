import { kpiCodeOfAlert } from '../../usecases/alerts/alertAccess';
import { showKpi } from '../../usecases/kpis/showKpi';
import { readAlertButton } from '../../views/alertViews';
import { kpiView } from '../../views/kpiView';
import type { ActionSpec } from '../actionSpec';
import { OPEN_KPI_ACTION } from '../ids';
import { alertMessageNow } from './alertMessage';

/**
 * An alert's "open KPI" button: the KPI view for the clicker. The clicked message is given back as it
 * stands now, so that Teams, which replaces the clicked card, keeps the alert and shows the KPI after it.
 */
export const openKpiAction: ActionSpec = {
  id: OPEN_KPI_ACTION,
  async run(ctx, view, value) {
    const { number, origin } = readAlertButton(value);
    const reply = kpiView(await showKpi(ctx, await kpiCodeOfAlert(ctx, number)), view);
    return { reply, replace: await alertMessageNow(ctx, view, number, origin) };
  },
};
