import Decimal from 'decimal.js';
import { DateTime } from 'luxon';
import type { KpiDirection } from './kpiDirection';
import { periodEnd, type Period } from './period';

/** What a KPI is planned to reach: a baseline and yearly targets (each reached at the end of its year). */
export interface KpiPlan {
  direction: KpiDirection;
  baseline?: { year: number; value: Decimal.Value };
  targets: readonly { year: number; value: Decimal.Value }[];
}

interface Anchor {
  /** Months since year 0 at which the value is to be reached: the end of the year. */
  month: number;
  value: Decimal;
}

function anchors(plan: KpiPlan): Anchor[] {
  const points = [...(plan.baseline ? [plan.baseline] : []), ...plan.targets.filter((t) => t.year !== plan.baseline?.year)];
  return points.map((p) => ({ month: (p.year + 1) * 12, value: new Decimal(p.value) })).sort((a, b) => a.month - b.month);
}

/** Months since year 0 at the end of a period (end of 2026-Q3 → 2026 × 12 + 9). */
function monthAtEnd(p: Period, zone: string): number {
  const end = DateTime.fromJSDate(periodEnd(p, zone), { zone });
  return end.year * 12 + end.month - 1;
}

/**
 * The target path at the end of a period: linear between the baseline and the yearly targets, the
 * last target after it; within the first planned year (no baseline before it) that year's target.
 * Undefined where the plan says nothing (before its first year, or no targets at all).
 */
export function targetAt(plan: KpiPlan, p: Period, zone: string): Decimal | undefined {
  const points = anchors(plan);
  if (plan.targets.length === 0 || points.length === 0) return undefined;
  const at = monthAtEnd(p, zone);
  const first = points[0]!;
  if (at <= first.month) return at > first.month - 12 ? first.value : undefined;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (at <= b.month) return a.value.plus(b.value.minus(a.value).times(at - a.month).dividedBy(b.month - a.month));
  }
  return points[points.length - 1]!.value;
}

/**
 * How far a value falls short of the path, in percent of the path (negative: better than the path).
 * Undefined when the path is zero (no relative shortfall exists).
 */
export function shortfallPercent(direction: KpiDirection, value: Decimal.Value, path: Decimal.Value): Decimal | undefined {
  const target = new Decimal(path);
  if (target.isZero()) return undefined;
  const gap = direction === 'higher_better' ? target.minus(value) : new Decimal(value).minus(target);
  return gap.dividedBy(target.abs()).times(100);
}

export type PathTone = 'good' | 'warning' | 'critical';

/** The traffic light of a value against its path and the KPI's allowed shortfalls (warning, critical). */
export function pathTone(shortfall: Decimal | undefined, warningPct: number, criticalPct: number): PathTone {
  if (!shortfall || shortfall.lte(warningPct)) return 'good';
  return shortfall.lte(criticalPct) ? 'warning' : 'critical';
}

/**
 * Degree of goal achievement (Zielerreichungsgrad) in percent: the share of the way from the baseline
 * to the target that has been covered (100 = target reached, over 100 = exceeded, below 0 = worse
 * than the baseline). Without a baseline, value ÷ target (higher is better) or target ÷ value.
 */
export function achievementPercent(plan: KpiPlan, target: Decimal.Value, value: Decimal.Value): Decimal | undefined {
  const t = new Decimal(target);
  const v = new Decimal(value);
  if (plan.baseline) {
    const base = new Decimal(plan.baseline.value);
    if (t.equals(base)) return undefined;
    return v.minus(base).dividedBy(t.minus(base)).times(100);
  }
  if (plan.direction === 'higher_better') return t.isZero() ? undefined : v.dividedBy(t).times(100);
  return v.isZero() ? undefined : t.dividedBy(v).times(100);
}

export type Trend = 'improving' | 'worsening' | 'steady';

/** The trend of the last two values, judged by the KPI's direction. */
export function trendOf(direction: KpiDirection, previous: Decimal.Value | undefined, latest: Decimal.Value): Trend {
  if (previous === undefined) return 'steady';
  const change = new Decimal(latest).minus(previous);
  if (change.isZero()) return 'steady';
  return change.isPositive() === (direction === 'higher_better') ? 'improving' : 'worsening';
}
