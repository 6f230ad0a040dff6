import Decimal from 'decimal.js';
import { formatDate, formatPercent } from '../../format';
import { localizedName } from '../../format/localizedName';
import { effectSymbol } from '../../domain/budget/sustainabilityCheck';
import { MEASURE_STATUSES } from '../../domain/measureStatus';
import { statusLabel } from '../../views/labels';
import type { ViewContext } from '../../views/viewContext';
import type { InYearReport } from '../inYear/inYearReport';
import { periodLabel } from '../inYear/periodLabel';
import { renderReportCharts } from '../inYear/reportCharts';
import type { Cell, ReportDocument } from './reportDocument';

const num = (v: string | null): Cell => (v === null ? null : new Decimal(v).toNumber());
const cents = (v: string): Cell => ({ cents: BigInt(v) });

/** The in-year report as tables (overview, measures, KPIs, alerts, reallocations) and its charts. */
export function inYearDocument(report: InYearReport, v: ViewContext): ReportDocument {
  const { t } = v;
  const h = (key: string) => t(`exports:${key}`);
  const tables: ReportDocument['tables'] = [
    {
      name: h('sheetOverview'),
      headers: ['field', 'fieldName', 'available', 'spent', 'committed', 'execution', 'yearShare', ...MEASURE_STATUSES.map((s) => `status_${s}`)].map((k) => (k.startsWith('status_') ? statusLabel(t, k.slice(7)) : h(k))),
      rows: report.fields.map((f) => [
        f.code,
        localizedName(f, v.locale),
        f.budget ? cents(f.budget.availableCents) : null,
        f.budget ? cents(f.budget.spentCents) : null,
        f.budget ? cents(f.budget.committedCents) : null,
        f.budget?.executedPercent != null ? { percent: f.budget.executedPercent } : null,
        { percent: report.yearSharePercent },
        ...MEASURE_STATUSES.map((s) => f.measures.filter((m) => m.status === s).length),
      ]),
    },
    {
      name: h('sheetMeasures'),
      headers: ['field', 'code', 'title', 'status', 'progress', 'planned', 'due', 'behindPlan', 'overdue'].map(h),
      rows: report.fields.flatMap((f) =>
        f.measures.map((m) => [f.code, m.code, m.title, statusLabel(t, m.status), { percent: m.progress }, m.plannedProgress === null ? null : { percent: m.plannedProgress }, m.dueDate ? new Date(m.dueDate) : null, h(m.behindPlan ? 'yes' : 'no'), h(m.overdue ? 'yes' : 'no')]),
      ),
    },
    {
      name: h('sheetKpis'),
      headers: ['field', 'code', 'kpi', 'unit', 'period', 'value', 'path', 'shortfall', 'light', 'trend', 'targetYear', 'target', 'achievement'].map(h),
      rows: report.fields.flatMap((f) =>
        f.kpis.map((k) => [
          f.code,
          k.code,
          localizedName(k, v.locale),
          k.unit,
          k.latest ? periodLabel(k.latest.period) : null,
          num(k.latest?.value ?? null),
          num(k.latest?.expected ?? null),
          k.latest?.shortfallPct ? { percent: Number(k.latest.shortfallPct) } : null,
          k.latest ? h(`light_${k.latest.severity ?? (k.latest.expected ? 'good' : 'none')}`) : null,
          k.latest ? h(`trend_${k.latest.trend}`) : null,
          k.target?.year ?? null,
          num(k.target?.value ?? null),
          k.target?.achievementPct ? { percent: Number(k.target.achievementPct) } : null,
        ]),
      ),
    },
  ];
  if (report.alerts) {
    tables.push({ name: h('sheetAlerts'), headers: ['number', 'code', 'severity', 'state', 'period', 'since'].map(h), rows: report.alerts.map((a) => [a.number, a.kpiCode, h(`light_${a.severity}`), t(`reports:alertState_${a.state}`), a.period ? periodLabel(a.period) : null, a.since ? new Date(a.since) : null]) });
  }
  if (report.reallocations && report.unplanned) {
    const rows = [...report.reallocations.pending, ...report.reallocations.decided];
    tables.push({
      name: h('sheetReallocations'),
      headers: ['number', 'field', 'from', 'to', 'amount', 'classification', 'status', 'date', 'sustainabilityEffect', 'sustainabilityNote'].map(h),
      rows: rows.map((r) => [
        r.number,
        r.fieldCode,
        r.fromLine,
        r.toLine,
        cents(r.amountCents),
        h(`class_${r.classification}`),
        t(`reports:reallocationStatus_${r.status}`),
        new Date(r.at),
        r.sustainability ? `${effectSymbol(r.sustainability.effect)} ${t(`budgetView:effect_${r.sustainability.effect}`)}` : null,
        r.sustainability?.note ?? null,
      ]),
    });
  }
  return {
    title: t('reports:title', { period: periodLabel(report.period), tenant: report.tenantName }),
    subtitle: t('reports:asOf', { date: formatDate(new Date(report.asOf), v.locale, v.zone), share: formatPercent(report.yearSharePercent, v.locale) }),
    asOf: new Date(report.asOf),
    tables,
    charts: () => renderReportCharts(report, v).map((c) => ({ title: c.alt, png: c.png })),
  };
}
