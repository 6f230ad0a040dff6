import type Decimal from 'decimal.js';
import { DateTime } from 'luxon';
import { formatDecimal } from '../format';
import { localizedName } from '../format/localizedName';
import { RECORD_KPI_FORM } from '../interactions/ids';
import { message, type Block, type Message } from '../messages/model';
import { periodLabel } from '../reports/inYear/periodLabel';
import type { KpiDetails } from '../usecases/kpis/showKpi';
import { alertLine, alertStateLine } from './alertViews';
import type { ViewContext } from './viewContext';

/** `kennzahl <code>`: facts, the latest values against the target path, the trend, and the KPI's alerts. */
export function kpiView({ kpi, thresholds, rows, alerts, canRecord }: KpiDetails, v: ViewContext): Message {
  const { t } = v;
  // Like the alert lines: at least two decimals, so that a path between whole values shows where it is.
  const num = (x: { toString(): string }) => formatDecimal(x.toString(), v.locale, Math.max(kpi.decimals, 2));
  const title = t('kpis:viewTitle', { code: kpi.code, name: localizedName(kpi, v.locale) });
  const year = DateTime.fromJSDate(v.now, { zone: v.zone }).year;
  const target = kpi.targets.find((x) => x.year === year) ?? kpi.targets.find((x) => x.year > year);
  const blocks: Block[] = [
    { type: 'heading', text: title },
    {
      type: 'fields',
      fields: [
        { label: t('kpis:viewTeam'), value: kpi.team.name },
        { label: t('kpis:viewFrequency'), value: t(`kpis:frequency_${kpi.frequency as 'monthly' | 'quarterly' | 'yearly'}`) },
        { label: t('kpis:viewDirection'), value: t(`kpis:direction_${kpi.direction as 'higher_better' | 'lower_better'}`) },
        { label: t('kpis:viewThresholds'), value: t('kpis:viewThresholdValues', { warning: thresholds.warningPct, critical: thresholds.criticalPct }) },
        ...(target ? [{ label: t('kpis:viewTarget', { year: target.year }), value: `${num(target.value)} ${kpi.unit}` }] : []),
      ],
    },
  ];
  if (rows.length === 0) blocks.push({ type: 'context', text: t('kpis:viewNoValues', { code: kpi.code }) });
  else {
    const deviation = (d?: Decimal) => (d ? `${d.gte(0) ? '+' : ''}${formatDecimal(d.toDecimalPlaces(1).toString(), v.locale, 1)} %` : '–');
    blocks.push({
      type: 'table',
      columns: [{ header: t('kpis:viewPeriod') }, { header: t('kpis:viewValue', { unit: kpi.unit }), align: 'right' }, { header: t('kpis:viewPath'), align: 'right' }, { header: t('kpis:viewDeviation'), align: 'right' }, { header: t('kpis:viewRating') }],
      rows: [...rows].reverse().map(({ period, value, observation: o }) => [
        periodLabel(period),
        num(value),
        o ? num(o.expected) : '–',
        deviation(o?.deviationPct),
        o ? (o.severity ? t(`alerts:severity_${o.severity}`) : t('kpis:viewOnPath')) : t('kpis:viewNoPath'),
      ]),
    });
    if (rows.length >= 2) {
      blocks.push({ type: 'sparkline', label: t('kpis:trend'), values: rows.map((r) => Number(r.value)), caption: t('kpis:trendCaption', { from: periodLabel(rows[0]!.period), to: periodLabel(rows.at(-1)!.period) }) });
    }
  }
  if (alerts.length === 0) blocks.push({ type: 'context', text: t('kpis:viewNoAlert') });
  for (const a of alerts) {
    // A pending one is no alert yet: only where it stands.
    if (a.state === 'pending') {
      blocks.push({ type: 'text', text: alertStateLine(a, v), tone: 'warning' });
      continue;
    }
    blocks.push({ type: 'text', text: alertLine(a, v), tone: a.severity === 'critical' ? 'critical' : 'warning' });
    blocks.push({ type: 'context', text: alertStateLine(a, v) });
  }
  if (canRecord) blocks.push({ type: 'actions', buttons: [{ action: RECORD_KPI_FORM, label: t('alerts:recordButton'), value: kpi.code, style: 'primary' }] });
  return message(title, blocks);
}
