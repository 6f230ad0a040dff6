import Decimal from 'decimal.js';
import type { KpiDirection } from '../domain/kpiDirection';
import type { Period } from '../domain/period';
import { comparePeriods, periodKey } from '../domain/period';
import type { Severity } from './alertMachine';
import { deviationPct, pathOf, shortfallPct, type PathSource } from './targetPath';

/** One period's value held against the path: off the path with a severity, or on it. */
export interface Observation {
  period: string;
  value: Decimal;
  expected: Decimal;
  /** Signed distance from the path in % of it; undefined when the path is 0. */
  deviationPct?: Decimal;
  /** Undefined: on the path (within the warning threshold). */
  severity?: Severity;
}

export interface ObservedKpi extends PathSource {
  direction: KpiDirection;
}

/** Classifies a shortfall by the KPI's thresholds: beyond critical, beyond warning, or on the path. */
export function severityOf(shortfall: Decimal, thresholds: { warningPct: number; criticalPct: number }): Severity | undefined {
  if (shortfall.gt(thresholds.criticalPct)) return 'critical';
  if (shortfall.gt(thresholds.warningPct)) return 'warning';
  return undefined;
}

/** The KPI's values, oldest period first, held against its path; periods without a path are left out. */
export function observe(kpi: ObservedKpi, values: readonly { period: Period; value: Decimal.Value }[], thresholds: { warningPct: number; criticalPct: number }): Observation[] {
  const observations: Observation[] = [];
  const expectedValue = pathOf(kpi);
  for (const { period, value } of [...values].sort((a, b) => comparePeriods(a.period, b.period))) {
    const expected = expectedValue(period);
    if (!expected) continue;
    const v = new Decimal(value);
    const severity = severityOf(shortfallPct(kpi.direction, v, expected), thresholds);
    const deviation = deviationPct(v, expected);
    observations.push({ period: periodKey(period), value: v, expected, ...(deviation && { deviationPct: deviation }), ...(severity && { severity }) });
  }
  return observations;
}
