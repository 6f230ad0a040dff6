import type { Db, Tx } from '../../db/client';
import { storeImage } from '../../outbox/images';
import type { ViewContext } from '../../views/viewContext';
import { formatPercent } from '../../format';
import { codeAndName } from '../../format/localizedName';
import { budgetExecutionChart } from '../charts/budgetExecutionChart';
import { kpiTrendChart } from '../charts/kpiTrendChart';
import type { Png } from '../charts/renderPng';
import type { InYearReport } from './inYearReport';
import type { ChartBlocks } from './inYearView';
import { kpiLine } from './inYearView';
import { periodLabel } from './periodLabel';

export interface RenderedChart {
  key: string;
  png: Png;
  alt: string;
}

const num = (v: string | null) => (v === null ? null : Number(v));

/** The report's charts as PNG: budget execution per field (when any field has a budget), and each KPI with values. */
export function renderReportCharts(report: InYearReport, v: ViewContext): RenderedChart[] {
  const charts: RenderedChart[] = [];
  const budgets = report.fields.filter((f) => f.budget?.executedPercent != null);
  if (budgets.length > 0) {
    const fields = budgets.map((f) => ({ label: codeAndName(f, v.locale), executedPercent: f.budget!.executedPercent! }));
    charts.push({
      key: 'budget',
      png: budgetExecutionChart({ fields, yearSharePercent: report.yearSharePercent }, v.t, v.locale),
      alt: v.t('reports:chartBudgetAlt', { fields: fields.map((f) => `${f.label} ${formatPercent(f.executedPercent, v.locale)}`).join(', '), share: formatPercent(report.yearSharePercent, v.locale) }),
    });
  }
  for (const k of report.fields.flatMap((f) => f.kpis)) {
    if (k.series.length === 0) continue;
    const data = {
      title: codeAndName(k, v.locale),
      unit: k.unit,
      periods: k.series.map((p) => periodLabel(p.period)),
      values: k.series.map((p) => num(p.value)),
      path: k.series.map((p) => num(p.expected)),
      warning: k.series.map((p) => num(p.warning)),
      critical: k.series.map((p) => num(p.critical)),
    };
    charts.push({ key: `kpi:${k.code}`, png: kpiTrendChart(data, v.t, v.locale), alt: kpiLine(k, v) });
  }
  return charts;
}

/** Stores rendered charts for messages (the outbox port: `storeImage`) and returns their image blocks by key. */
export async function storeCharts(db: Db | Tx, tenantId: string, charts: RenderedChart[], now: Date): Promise<ChartBlocks> {
  const blocks: ChartBlocks = new Map();
  for (const c of charts) {
    blocks.set(c.key, await storeImage(db, { tenantId, bytes: c.png.bytes, width: c.png.width, height: c.png.height, alt: c.alt }, now));
  }
  return blocks;
}
