import type { Locale, Translate } from '../../i18n';
import { renderChart, type ChartSize, type Png } from './renderPng';
import { numberAxisLabel } from './axisFormat';

export const KPI_CHART_SIZE: ChartSize = { width: 800, height: 400 };

/** One KPI over its periods: the values, the target path and the thresholds where a value turns warning or critical. */
export interface KpiTrendData {
  title: string;
  unit: string;
  /** Period labels in display form (`Q3/2026`, `09/2026`, `2026`). */
  periods: string[];
  values: (number | null)[];
  path: (number | null)[];
  warning: (number | null)[];
  critical: (number | null)[];
}

/** The KPI trend chart: values as a line with points, the path dashed, the thresholds dotted in amber and red. */
export function kpiTrendChart(data: KpiTrendData, t: Translate, locale: Locale): Png {
  const line = (name: string, values: (number | null)[], color: string, type: 'solid' | 'dashed' | 'dotted', symbol: string) => ({
    name,
    type: 'line',
    data: values,
    connectNulls: true,
    symbol,
    symbolSize: 7,
    lineStyle: { color, type, width: type === 'solid' ? 3 : 2 },
    itemStyle: { color },
  });
  return renderChart(
    {
      title: { text: `${data.title} (${data.unit})`, left: 'center', textStyle: { fontSize: 16 } },
      legend: { bottom: 0, itemGap: 24 },
      grid: { left: 70, right: 30, top: 50, bottom: 70 },
      xAxis: { type: 'category', data: data.periods, axisLabel: { fontSize: 12 } },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: numberAxisLabel(locale) } },
      series: [
        line(t('reports:chartCritical'), data.critical, '#c0392b', 'dotted', 'none'),
        line(t('reports:chartWarning'), data.warning, '#e6a117', 'dotted', 'none'),
        line(t('reports:chartPath'), data.path, '#7f8c8d', 'dashed', 'none'),
        line(t('reports:chartActual'), data.values, '#1f5fa8', 'solid', 'circle'),
      ],
    },
    KPI_CHART_SIZE,
  );
}
