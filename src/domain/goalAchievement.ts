import Decimal from 'decimal.js';
import type { KpiDirection } from './kpiDirection';

/**
 * Degree of goal achievement (Zielerreichungsgrad) in percent: the share of the way from the baseline
 * to the target that has been covered (100 = target reached, over 100 = exceeded, below 0 = worse
 * than the baseline). Without a baseline, value ÷ target (higher is better) or target ÷ value.
 * The target path itself (and the shortfall against it) is src/alerts/targetPath.ts.
 */
export function achievementPercent(direction: KpiDirection, baseline: Decimal.Value | undefined, target: Decimal.Value, value: Decimal.Value): Decimal | undefined {
  const t = new Decimal(target);
  const v = new Decimal(value);
  if (baseline !== undefined) {
    const base = new Decimal(baseline);
    if (t.equals(base)) return undefined;
    return v.minus(base).dividedBy(t.minus(base)).times(100);
  }
  if (direction === 'higher_better') return t.isZero() ? undefined : v.dividedBy(t).times(100);
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
