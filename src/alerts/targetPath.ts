import Decimal from 'decimal.js';
import type { Frequency, Period } from '../domain/period';
import type { KpiDirection } from '../domain/kpiDirection';

/** What the target path of a KPI is drawn from: its baseline (end of the baseline year) and yearly targets. */
export interface PathSource {
  baselineValue?: Decimal.Value | null;
  baselineYear?: number | null;
  /** The value to reach by the end of each year. */
  targets: readonly { year: number; value: Decimal.Value }[];
}

const MONTHS_PER_PERIOD: Record<Frequency, number> = { monthly: 1, quarterly: 3, yearly: 12 };

/** Months since year 0 at the end of the period: the x axis of the path. */
const monthsAtEnd = (p: Period) => (p.year - 1) * 12 + p.index * MONTHS_PER_PERIOD[p.frequency];

/**
 * The value a KPI is expected to have at the end of a period: linear between its baseline and its
 * yearly targets (and between consecutive targets), the last target held after its year. Without a
 * baseline the first target holds for its own year only. Undefined before that: no path, no alert.
 */
export function expectedValue(source: PathSource, period: Period): Decimal | undefined {
  return pathOf(source)(period);
}

/** The path of a KPI as a function of the period, its points computed once (for a series of periods). */
export function pathOf(source: PathSource): (period: Period) => Decimal | undefined {
  const points = source.targets
    .map((t) => ({ x: t.year * 12, value: new Decimal(t.value) }))
    .sort((a, b) => a.x - b.x);
  if (points.length === 0) return () => undefined;
  const hasBaseline = source.baselineValue !== null && source.baselineValue !== undefined && source.baselineYear !== null && source.baselineYear !== undefined;
  if (hasBaseline && source.baselineYear! * 12 < points[0]!.x) points.unshift({ x: source.baselineYear! * 12, value: new Decimal(source.baselineValue!) });
  const first = points[0]!;
  return (period) => {
    const x = monthsAtEnd(period);
    if (x < first.x) return !hasBaseline && x > first.x - 12 ? first.value : undefined;
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!, points[i]!];
      if (x <= b.x) return a.value.plus(b.value.minus(a.value).times(x - a.x).dividedBy(b.x - a.x));
    }
    return points[points.length - 1]!.value;
  };
}

/** Signed distance from the path in % of the path (positive: above it); undefined when the path is 0. */
export function deviationPct(value: Decimal.Value, expected: Decimal): Decimal | undefined {
  if (expected.isZero()) return undefined;
  return new Decimal(value).minus(expected).dividedBy(expected.abs()).times(100);
}

/**
 * How far the value falls short of the path in the bad direction, in % of the path (0 when it is on
 * the good side). A path of 0 has no percentages: any value on its bad side counts as infinitely short.
 */
export function shortfallPct(direction: KpiDirection, value: Decimal.Value, expected: Decimal): Decimal {
  const worse = direction === 'higher_better' ? expected.minus(value) : new Decimal(value).minus(expected);
  if (worse.lte(0)) return new Decimal(0);
  return expected.isZero() ? new Decimal(Infinity) : worse.dividedBy(expected.abs()).times(100);
}
