import { formatDecimal } from '../format';
import { CONFIRM_KPI_VALUE_ACTION } from '../interactions/ids';
import { message, type Block, type Message } from '../messages/model';
import type { KpiValueRecorded } from '../usecases/kpis/recordKpiValue';
import type { ViewContext } from './viewContext';

// Slack's limit for a button's value; a longer note is confirmed by the command with `!` only.
const MAX_BUTTON_VALUE = 2000;

/** A value far off the series, not stored: what it is off from, a button that saves it, and the command that does. */
export function kpiFarOffView(result: KpiValueRecorded & { farOff: { median: string } }, v: ViewContext): Message {
  const { t } = v;
  const { kpi } = result;
  const num = (value: string) => formatDecimal(value, v.locale, 10);
  // As typed in a command: no thousands separators, the locale's decimal separator.
  const typed = v.locale === 'de' ? result.value.replace('.', ',') : result.value;
  const params = { code: kpi.code, value: num(result.value), typed, unit: kpi.unit, period: result.period, median: num(result.farOff.median) };
  const headline = t('kpis:farOff', params);
  const blocks: Block[] = [{ type: 'text', text: headline, tone: 'warning' }, { type: 'context', text: t('kpis:farOffHint', params) }];
  const value = JSON.stringify({ kpi: kpi.code, value: result.value, period: result.period, ...(result.note !== undefined && { note: result.note }) });
  if (value.length <= MAX_BUTTON_VALUE) blocks.push({ type: 'actions', buttons: [{ action: CONFIRM_KPI_VALUE_ACTION, label: t('kpis:confirmButton', params), value, style: 'primary' }] });
  return message(headline, blocks);
}
