import { DateTime } from 'luxon';
import { latestDuePeriod, shiftPeriod, type Period } from '../../domain/period';
import type { KpiContent } from '../content/kpis';

const PERIODS_PER_YEAR = { monthly: 12, quarterly: 4, yearly: 1 } as const;
const YEARS_OF_VALUES = 3;
const TARGET_YEAR = 2030;

export interface KpiSeries {
  baselineYear: number;
  targets: { year: number; value: string }[];
  values: { period: Period; value: string }[];
}

/**
 * Baseline, yearly targets and three years of values for a KPI, dated relative to `now`: the target
 * path runs straight from the baseline (five years ago) to the target year; values follow a share of
 * it (`achievement`) with seasonal swing and small deterministic noise, so every seed looks alike.
 */
export function kpiSeries(kpi: KpiContent, now: Date, zone: string): KpiSeries {
  const nowYear = DateTime.fromJSDate(now, { zone }).year;
  const baselineYear = nowYear - 5;
  const targetYear = Math.max(TARGET_YEAR, nowYear + 4);
  const path = (t: number) => kpi.baseline + (kpi.target - kpi.baseline) * Math.min(1, Math.max(0, (t - baselineYear) / (targetYear - baselineYear)));

  const targets = [];
  for (let year = baselineYear + 1; year <= targetYear; year++) targets.push({ year, value: round(path(year), kpi.decimals) });

  const perYear = PERIODS_PER_YEAR[kpi.frequency];
  const due = latestDuePeriod(kpi.frequency, now, zone);
  const last = kpi.latestMissing ? shiftPeriod(due, -1) : due;
  const values = [];
  for (let back = YEARS_OF_VALUES * perYear - 1; back >= 0; back--) {
    const period = shiftPeriod(last, -back);
    // A yearly value sits at its year; shorter periods at their middle, on the same time axis.
    const t = period.year + (period.index - 0.5) / perYear - 0.5;
    const middleMonth = ((period.index - 0.5) * 12) / perYear + 0.5;
    const seasonal = kpi.seasonal && perYear > 1 ? kpi.seasonal.amplitude * Math.cos((2 * Math.PI * (middleMonth - kpi.seasonal.peakMonth)) / 12) : 0;
    const value = kpi.baseline + (path(t) - kpi.baseline) * kpi.achievement + seasonal + kpi.noise * jitter(`${kpi.code}/${period.year}/${period.index}`);
    values.push({ period, value: round(Math.max(0, value), kpi.decimals) });
  }
  return { baselineYear, targets, values };
}

/** Decimal string with the KPI's decimals; synthetic values, so binary rounding here is harmless. */
function round(value: number, decimals: number): string {
  return value.toFixed(decimals);
}

/** A stable pseudo-random number in [-1, 1] for a key (FNV-1a, then MurmurHash3's finaliser to mix the bits). */
function jitter(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  hash ^= hash >>> 16;
  return ((hash >>> 0) / 0xffffffff) * 2 - 1;
}
