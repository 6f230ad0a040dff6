import { loadAlertPolicy } from '../../alerts/evaluateKpi';
import { InvalidInputError } from '../../domain/errors';
import { snoozeAlert } from '../../usecases/alerts/decideAlert';
import { alertSnoozedView } from '../../views/alertViews';
import type { FormSpec } from '../formSpec';
import { SNOOZE_ALERT_FORM } from '../ids';
import { required } from './required';

/** The snooze form of an alert's button: how many days; the alert's number travels as the form's context. */
export const snoozeAlertFormSpec: FormSpec = {
  id: SNOOZE_ALERT_FORM,
  async build(ctx, { t }, number) {
    const { maxSnoozeDays } = await loadAlertPolicy(ctx.db, ctx.actor.tenant.id);
    return {
      id: SNOOZE_ALERT_FORM,
      title: t('alerts:snoozeTitle'),
      intro: t('alerts:snoozeIntro', { number: number ?? '' }),
      submitLabel: t('alerts:snoozeSubmit'),
      ...(number !== undefined && { context: number }),
      fields: [{ id: 'days', label: t('alerts:snoozeDaysLabel'), kind: 'number', required: true, initial: '7', hint: t('alerts:snoozeDaysHint', { max: maxSnoozeDays }) }],
    };
  },
  async submit(ctx, view, values, context) {
    const text = required(values.days, 'days');
    if (!/^\d{1,4}$/.test(text)) throw new InvalidInputError('parse:invalidDays', { value: text });
    return alertSnoozedView(await snoozeAlert(ctx, Number(context), Number(text)), view);
  },
  errorFields: [[/^alerts:snoozeDays|^parse:invalidDays/, 'days']],
};
