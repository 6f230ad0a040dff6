import Decimal from 'decimal.js';
import { localizedName } from '../../format/localizedName';
import type { ViewContext } from '../../views/viewContext';
import type { AnnualReport, GoalFigures } from '../annual/annualReport';
import { annualAsOf, annualTitle } from '../annual/annualView';
import { periodLabel } from '../inYear/periodLabel';
import type { Cell, ReportDocument } from './reportDocument';

const num = (v: string | null | undefined): Cell => (v == null ? null : new Decimal(v).toNumber());
const percent = (v: string | number | null | undefined): Cell => (v == null ? null : { percent: Number(v) });

/** The annual report as two tables: the goals (strategic, each followed by its operational ones) and their KPIs. */
export function annualDocument(report: AnnualReport, v: ViewContext): ReportDocument {
  const h = (key: string) => v.t(`annual:${key}`);
  const x = (key: string) => v.t(`exports:${key}`);
  const figures = (f: GoalFigures): Cell[] => [
    percent(f.achievementPct),
    f.measures.total,
    f.measures.done,
    f.budget ? { cents: BigInt(f.budget.availableCents) } : null,
    f.budget ? { cents: BigInt(f.budget.spentCents) } : null,
    percent(f.budget?.usedPercent),
  ];
  return {
    title: annualTitle(report, v),
    subtitle: annualAsOf(report, v),
    asOf: new Date(report.asOf),
    tables: [
      {
        name: h('sheetGoals'),
        headers: [h('level'), x('field'), h('goal'), x('title'), 'SDG', h('product'), x('achievement'), h('measures'), h('measuresDone'), x('available'), x('spent'), h('budgetUsedColumn')],
        rows: report.strategicGoals.flatMap((s) => [
          [h('level_strategic'), s.fieldCode, s.code, s.title, s.sdgs, null, ...figures(s)],
          ...s.operationalGoals.map((g) => [h('level_operational'), s.fieldCode, g.code, g.title, g.sdgs, g.productCode, ...figures(g)]),
        ]),
      },
      {
        name: h('sheetKpis'),
        headers: [h('goal'), x('code'), x('kpi'), x('unit'), h('baselineYear'), h('baseline'), x('targetYear'), x('target'), h('latestPeriod'), h('latestValue'), x('achievement')],
        rows: report.strategicGoals.flatMap((s) =>
          s.operationalGoals.flatMap((g) =>
            g.kpis.map((k) => [g.code, k.code, localizedName(k, v.locale), k.unit, k.baseline?.year ?? null, num(k.baseline?.value), k.target?.year ?? null, num(k.target?.value), k.latest ? periodLabel(k.latest.period) : null, num(k.latest?.value), percent(k.achievementPct)]),
          ),
        ),
      },
    ],
    charts: () => [],
  };
}
