import Decimal from 'decimal.js';
import { formatDate, formatDecimal, formatMoney, formatPercent } from '../../format';
import type { Block } from '../../messages/model';
import { statusLabel } from '../../views/labels';
import type { ViewContext } from '../../views/viewContext';
import { codeAndName, localizedName } from '../../format/localizedName';
import { MEASURE_STATUSES } from '../../domain/measureStatus';
import { decisionBlocks } from './decisionView';
import type { FieldReport, InYearReport, KpiItem } from './inYearReport';
import { periodLabel } from './periodLabel';

/** Rendered charts, by what they show: `budget`, and `kpi:<code>`. Without one, a text fallback (sparkline). */
export type ChartBlocks = Map<string, Extract<Block, { type: 'image' }>>;

/** A report as titled sections: the one-screen summary first, one section per action field, then alerts and decisions. */
export interface ReportSection {
  title: string;
  blocks: Block[];
}

export function inYearSections(report: InYearReport, v: ViewContext, charts: ChartBlocks = new Map()): ReportSection[] {
  const title = v.t('reports:title', { period: periodLabel(report.period), tenant: report.tenantName });
  return [summary(report, title, v, charts), ...report.fields.map((f) => fieldSection(f, report, title, v, charts)), { title: v.t('reports:decisionsTitle', { title }), blocks: decisionBlocks(report, v) }];
}

function summary(report: InYearReport, title: string, v: ViewContext, charts: ChartBlocks): ReportSection {
  const { t } = v;
  const count = (f: FieldReport, status: string) => f.measures.filter((m) => m.status === status).length;
  const lights = (f: FieldReport) => {
    const off = (s: string) => f.kpis.filter((k) => k.latest?.severity === s).length;
    const onPath = f.kpis.filter((k) => k.latest?.expected && !k.latest.severity).length;
    return t('reports:kpiLights', { good: onPath, warning: off('warning'), critical: off('critical') });
  };
  const budget = charts.get('budget');
  return {
    title,
    blocks: [
      { type: 'heading', text: title },
      { type: 'context', text: t('reports:asOf', { date: formatDate(new Date(report.asOf), v.locale, v.zone), share: formatPercent(report.yearSharePercent, v.locale) }) },
      {
        type: 'table',
        columns: [{ header: t('reports:colField') }, { header: t('reports:colBudget'), align: 'right' }, { header: t('reports:colMeasures') }, { header: t('reports:colKpis') }],
        rows: report.fields.map((f) => [
          codeAndName(f, v.locale),
          f.budget?.executedPercent != null ? formatPercent(f.budget.executedPercent, v.locale) : '–',
          MEASURE_STATUSES.map((s) => count(f, s)).join(' / '),
          lights(f),
        ]),
      },
      { type: 'context', text: t('reports:legend') },
      ...(budget ? [budget] : []),
    ],
  };
}

function fieldSection(f: FieldReport, report: InYearReport, title: string, v: ViewContext, charts: ChartBlocks): ReportSection {
  const { t } = v;
  const money = (cents: string) => formatMoney(BigInt(cents), v.locale);
  const blocks: Block[] = [{ type: 'heading', text: t('reports:field', { code: f.code, name: localizedName(f, v.locale) }) }];
  blocks.push(
    f.budget
      ? {
          type: 'fields',
          fields: [
            { label: t('reports:available'), value: money(f.budget.availableCents) },
            { label: t('reports:spent'), value: money(f.budget.spentCents) },
            { label: t('reports:committed'), value: money(f.budget.committedCents) },
            {
              label: t('reports:execution'),
              value: t('reports:executionValue', { executed: f.budget.executedPercent != null ? formatPercent(f.budget.executedPercent, v.locale) : '–', share: formatPercent(report.yearSharePercent, v.locale) }),
            },
          ],
        }
      : { type: 'text', text: t('reports:noBudget', { year: report.period.slice(0, 4) }) },
  );
  blocks.push({ type: 'context', text: t('reports:measuresHeading') });
  blocks.push({ type: 'text', text: MEASURE_STATUSES.map((s) => `${statusLabel(t, s)}: ${f.measures.filter((m) => m.status === s).length}`).join(' · ') });
  const notes = f.measures.filter((m) => m.behindPlan || m.overdue);
  if (notes.length > 0) {
    blocks.push({
      type: 'list',
      items: notes.map((m) =>
        t(m.overdue ? 'reports:measureOverdue' : 'reports:measureBehind', {
          code: m.code,
          title: m.title,
          progress: m.progress,
          planned: m.plannedProgress ?? 100,
          status: statusLabel(t, m.status),
          due: m.dueDate ? formatDate(new Date(m.dueDate), v.locale, v.zone) : '–',
        }),
      ),
    });
  }
  blocks.push({ type: 'context', text: t('reports:kpisHeading') });
  if (f.kpis.length === 0) blocks.push({ type: 'text', text: t('reports:noKpis') });
  for (const k of f.kpis) {
    const line = kpiLine(k, v);
    const chart = charts.get(`kpi:${k.code}`);
    if (chart) blocks.push({ ...chart, alt: line });
    else blocks.push({ type: 'sparkline', label: line, values: k.series.flatMap((p) => (p.value === null ? [] : [Number(p.value)])) });
  }
  return { title: t('reports:part', { title, field: codeAndName(f, v.locale) }), blocks };
}

const TREND_ARROW = { improving: '↗', worsening: '↘', steady: '→' } as const;

/** One KPI in one line: latest value, path, light and trend, the year's target and the achievement. */
export function kpiLine(k: KpiItem, v: ViewContext): string {
  const { t } = v;
  const num = (d: string) => formatDecimal(new Decimal(d).toDecimalPlaces(k.decimals).toString(), v.locale, k.decimals);
  const head = codeAndName(k, v.locale);
  if (!k.latest) return t('reports:kpiNoValue', { kpi: head });
  const light = t(`reports:light_${k.latest.severity ?? (k.latest.expected ? 'good' : 'none')}`);
  const path = k.latest.expected ? t('reports:kpiPath', { expected: num(k.latest.expected), unit: k.unit }) : t('reports:kpiNoPath');
  const text = t('reports:kpiValue', { kpi: head, period: periodLabel(k.latest.period), value: num(k.latest.value), unit: k.unit, path, light, trend: TREND_ARROW[k.latest.trend] });
  if (!k.target) return text;
  const achievement = k.target.achievementPct !== null ? formatPercent(Number(k.target.achievementPct), v.locale) : '–';
  return `${text} · ${t('reports:kpiTarget', { year: k.target.year, target: num(k.target.value), unit: k.unit, achievement })}`;
}
