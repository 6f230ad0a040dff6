import { formatDate, formatDecimal } from '../format';
import { localizedName } from '../format/localizedName';
import { message, type Block, type Message } from '../messages/model';
import type { KpiValueRecorded } from '../usecases/kpis/recordKpiValue';
import { kpiFarOffView } from './kpiFarOffView';
import type { ViewContext } from './viewContext';

export function kpiRecordedView(result: KpiValueRecorded, v: ViewContext): Message {
  if (result.farOff) return kpiFarOffView({ ...result, farOff: result.farOff }, v);
  const { t } = v;
  const { kpi } = result;
  const num = (value: string) => formatDecimal(value, v.locale, Math.max(kpi.decimals, 3));
  const params = { code: kpi.code, name: localizedName(kpi, v.locale), period: result.period, value: num(result.value), unit: kpi.unit };
  let headline: string;
  if (result.duplicate) headline = t('kpis:duplicate', params);
  else if (result.unchanged) headline = t('kpis:unchanged', params);
  else if (result.previous) {
    headline = t('kpis:corrected', { ...params, previous: num(result.previous.value), date: formatDate(result.previous.recordedAt, v.locale, v.zone) });
  } else headline = t('kpis:recorded', params);
  const blocks: Block[] = [{ type: 'text', text: headline, tone: result.duplicate || result.unchanged ? 'neutral' : 'good' }];
  const year = Number(result.period.slice(0, 4));
  const target = kpi.targets.find((x) => x.year === year);
  if (target) {
    blocks.push({
      type: 'context',
      text: t('kpis:target', { year, target: num(target.value.toString()), unit: kpi.unit, direction: t(`kpis:direction_${kpi.direction}`) }),
    });
  }
  if (result.trend.length >= 2) {
    blocks.push({
      type: 'sparkline',
      label: t('kpis:trend'),
      values: result.trend.map((p) => Number(p.value)),
      caption: t('kpis:trendCaption', { from: result.trend[0]!.period, to: result.trend.at(-1)!.period }),
    });
  }
  return message(headline, blocks);
}
