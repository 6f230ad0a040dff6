import Decimal from 'decimal.js';
import { formatDate, formatDecimal, formatMoney, formatPercent } from '../../format';
import { codeAndName } from '../../format/localizedName';
import { message, type Block, type Message } from '../../messages/model';
import type { ViewContext } from '../../views/viewContext';
import { periodLabel } from '../inYear/periodLabel';
import type { AnnualKpi, AnnualReport, GoalFigures } from './annualReport';

/** The annual report as one answer: the summary of the strategic goals, then each with its operational goals and KPIs. */
export function annualMessage(report: AnnualReport, v: ViewContext): Message {
  const { t } = v;
  const title = annualTitle(report, v);
  const blocks: Block[] = [{ type: 'heading', text: title }, { type: 'context', text: annualAsOf(report, v) }];
  if (report.strategicGoals.length === 0) return message(title, [...blocks, { type: 'text', text: t('annual:noGoals') }]);
  blocks.push({
    type: 'table',
    columns: [{ header: t('annual:colGoal') }, { header: t('annual:colAchievement'), align: 'right' }, { header: t('annual:colMeasuresDone'), align: 'right' }, { header: t('annual:colBudgetUsed'), align: 'right' }],
    rows: report.strategicGoals.map((s) => [`${s.code} ${s.title}`, ...figureCells(s, v)]),
  });
  blocks.push({ type: 'context', text: t('annual:legend') });
  for (const s of report.strategicGoals) {
    blocks.push({ type: 'divider' }, { type: 'heading', text: t('annual:strategicGoal', { code: s.code, title: s.title, field: codeAndName({ code: s.fieldCode, name: s.fieldName, nameEn: s.fieldNameEn }, v.locale) }) }, { type: 'text', text: figureLine(s, v) });
    for (const g of s.operationalGoals) {
      blocks.push({ type: 'context', text: `${g.code} ${g.title} · ${figureLine(g, v)}` });
      blocks.push(g.kpis.length === 0 ? { type: 'text', text: t('annual:noKpis') } : { type: 'list', items: g.kpis.map((k) => annualKpiLine(k, v)) });
    }
  }
  return message(title, blocks);
}

export function annualTitle(report: AnnualReport, v: ViewContext): string {
  return v.t('annual:title', { year: report.year, tenant: report.tenantName });
}

export function annualAsOf(report: AnnualReport, v: ViewContext): string {
  return v.t(report.interim ? 'annual:asOfInterim' : 'annual:asOf', { date: formatDate(new Date(report.asOf), v.locale, v.zone), year: report.year });
}

const percent = (value: string | number | null, v: ViewContext) => (value === null ? '–' : formatPercent(Number(value), v.locale));

/** Achievement, measures done of all, budget used: the summary table's cells. */
function figureCells(f: GoalFigures, v: ViewContext): string[] {
  return [percent(f.achievementPct, v), v.t('annual:doneOf', { done: f.measures.done, total: f.measures.total }), f.budget ? percent(f.budget.usedPercent, v) : '–'];
}

function figureLine(f: GoalFigures, v: ViewContext): string {
  const { t } = v;
  const budget = f.budget
    ? t('annual:budgetUsed', { used: percent(f.budget.usedPercent, v), spent: formatMoney(BigInt(f.budget.spentCents), v.locale), available: formatMoney(BigInt(f.budget.availableCents), v.locale) })
    : t('annual:noBudget');
  return t('annual:figures', { achievement: percent(f.achievementPct, v), done: f.measures.done, total: f.measures.total, budget });
}

function annualKpiLine(k: AnnualKpi, v: ViewContext): string {
  const { t } = v;
  const num = (d: string) => formatDecimal(new Decimal(d).toDecimalPlaces(k.decimals).toString(), v.locale, k.decimals);
  const kpi = codeAndName(k, v.locale);
  if (!k.latest) return t('annual:kpiNoValue', { kpi });
  const value = t('annual:kpiValue', { kpi, period: periodLabel(k.latest.period), value: num(k.latest.value), unit: k.unit });
  if (!k.target) return `${value} · ${t('annual:kpiNoTarget')}`;
  const from = k.baseline ? t('annual:kpiBaseline', { year: k.baseline.year, value: num(k.baseline.value), unit: k.unit }) : '';
  return `${value} · ${t('annual:kpiTarget', { year: k.target.year, target: num(k.target.value), unit: k.unit, from, achievement: percent(k.achievementPct, v) })}`;
}
