import type { Locale, Translate } from '../../i18n';
import { numberAxisLabel } from './axisFormat';
import { renderChart, type ChartSize, type Png } from './renderPng';

export const BUDGET_CHART_SIZE: ChartSize = { width: 800, height: 400 };

export interface BudgetExecutionData {
  /** Per action field: its label and how much of its available budget is spent or committed, in percent. */
  fields: { label: string; executedPercent: number }[];
  /** The share of the year elapsed, in percent: the line execution is read against. */
  yearSharePercent: number;
}

/** Budget execution per action field as horizontal bars, with the share of the year elapsed as a line. */
export function budgetExecutionChart(data: BudgetExecutionData, t: Translate, locale: Locale): Png {
  const percent = numberAxisLabel(locale, ' %');
  const color = (p: number) => (p > data.yearSharePercent + 10 ? '#c0392b' : p < data.yearSharePercent - 25 ? '#e6a117' : '#27ae60');
  return renderChart(
    {
      title: { text: t('reports:chartBudgetTitle'), left: 10, textStyle: { fontSize: 16 } },
      grid: { left: 200, right: 60, top: 60, bottom: 40 },
      xAxis: { type: 'value', min: 0, max: Math.max(100, ...data.fields.map((f) => Math.ceil(f.executedPercent / 10) * 10)), axisLabel: { formatter: percent } },
      yAxis: { type: 'category', inverse: true, data: data.fields.map((f) => f.label), axisLabel: { width: 180, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          data: data.fields.map((f) => ({ value: f.executedPercent, itemStyle: { color: color(f.executedPercent) } })),
          label: { show: true, position: 'right', formatter: (p: { value: number }) => percent(p.value) },
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#34495e', type: 'dashed', width: 2 },
            label: { formatter: t('reports:chartYearShare', { percent: percent(data.yearSharePercent) }), position: 'start' },
            data: [{ xAxis: data.yearSharePercent }],
          },
        },
      ],
    },
    BUDGET_CHART_SIZE,
  );
}
