import Decimal from 'decimal.js';
import { InvalidInputError } from './errors';

export interface KpiBounds {
  code: string;
  unit: string;
  minValue: { toString(): string } | null;
  maxValue: { toString(): string } | null;
}

/**
 * A value must lie within the KPI's bounds: its own, else none below 0 (counts, shares, amounts)
 * and none above 100 for a share in `%`. `format` renders numbers for the message.
 */
export function checkBounds(kpi: KpiBounds, value: string, format: (v: string) => string): void {
  const v = new Decimal(value);
  const min = kpi.minValue === null ? new Decimal(0) : new Decimal(kpi.minValue.toString());
  const max = kpi.maxValue !== null ? new Decimal(kpi.maxValue.toString()) : kpi.unit.trim() === '%' ? new Decimal(100) : undefined;
  const params = { code: kpi.code, value: format(value), unit: kpi.unit, min: format(min.toFixed()), max: max ? format(max.toFixed()) : '' };
  if (v.lessThan(min)) throw new InvalidInputError('kpis:belowMinimum', params);
  if (max && v.greaterThan(max)) throw new InvalidInputError('kpis:aboveMaximum', params);
}

// A value ten times the usual or a tenth of it is most likely a slip (a unit, a decimal separator, a year).
const FAR_OFF_FACTOR = 10;
const SERIES_LENGTH = 4;

/** The median of the latest values when `value` is far off it (and so wants a confirmation), else undefined. */
export function farOffSeries(value: string, latestFirst: readonly string[]): string | undefined {
  const series = latestFirst.slice(0, SERIES_LENGTH).map((x) => new Decimal(x)).sort((a, b) => a.comparedTo(b));
  if (series.length === 0) return undefined;
  const middle = Math.floor(series.length / 2);
  const median = series.length % 2 ? series[middle]! : series[middle - 1]!.plus(series[middle]!).div(2);
  if (median.isZero()) return undefined;
  const ratio = new Decimal(value).div(median).abs();
  return ratio.greaterThan(FAR_OFF_FACTOR) || ratio.lessThan(new Decimal(1).div(FAR_OFF_FACTOR)) ? median.toFixed() : undefined;
}
