import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { observe } from '../../src/alerts/observations';
import { deviationPct, expectedValue, shortfallPct } from '../../src/alerts/targetPath';
import { parsePeriod, type Period } from '../../src/domain/period';

const p = (text: string): Period => parsePeriod(text)!;
const co2 = { baselineValue: '8.1', baselineYear: 2020, targets: [{ year: 2025, value: '6.5' }, { year: 2030, value: '4' }] };
const str = (d: Decimal | undefined) => d?.toString();

describe('target path', () => {
  it('is linear between the baseline and the yearly targets, for yearly values', () => {
    expect(str(expectedValue(co2, p('2020')))).toBe('8.1');
    expect(str(expectedValue(co2, p('2023')))).toBe('7.14'); // 8.1 − 3 × 0.32
    expect(str(expectedValue(co2, p('2025')))).toBe('6.5');
    expect(str(expectedValue(co2, p('2027')))).toBe('5.5'); // 6.5 − 2 × 0.5
  });

  it('reaches each period at its end, for quarterly and monthly values', () => {
    const path = { baselineValue: 0, baselineYear: 2025, targets: [{ year: 2026, value: 12 }] };
    expect(str(expectedValue(path, p('2026-Q1')))).toBe('3');
    expect(str(expectedValue(path, p('2026-Q3')))).toBe('9');
    expect(str(expectedValue(path, p('2026-01')))).toBe('1');
    expect(str(expectedValue(path, p('2026-12')))).toBe('12');
  });

  it('holds the last target after its year; has no path before the baseline', () => {
    expect(str(expectedValue(co2, p('2034')))).toBe('4');
    expect(expectedValue(co2, p('2019'))).toBeUndefined();
    expect(expectedValue({ targets: [] }, p('2025'))).toBeUndefined();
  });

  it('without a baseline, the first target holds for its own year only', () => {
    const path = { baselineValue: null, baselineYear: null, targets: [{ year: 2026, value: 40 }] };
    expect(str(expectedValue(path, p('2026-Q1')))).toBe('40');
    expect(expectedValue(path, p('2025-Q4'))).toBeUndefined();
  });

  it('measures the shortfall in the bad direction only, in % of the path', () => {
    const expected = new Decimal(40);
    expect(shortfallPct('higher_better', 30, expected).toString()).toBe('25');
    expect(shortfallPct('higher_better', 50, expected).toString()).toBe('0');
    expect(shortfallPct('lower_better', 50, expected).toString()).toBe('25');
    expect(shortfallPct('lower_better', 30, expected).toString()).toBe('0');
    expect(deviationPct(30, expected)?.toString()).toBe('-25');
    expect(deviationPct(1, new Decimal(0))).toBeUndefined();
    expect(shortfallPct('lower_better', 1, new Decimal(0)).isFinite()).toBe(false);
    expect(shortfallPct('lower_better', 0, new Decimal(0)).toString()).toBe('0');
  });

  it('classifies values by the thresholds, sorted by period, leaving out periods without a path', () => {
    const kpi = { ...co2, direction: 'lower_better' as const };
    const observed = observe(kpi, [
      { period: p('2024'), value: '6.9' }, // path 6.82: 1.2 % above
      { period: p('2019'), value: '9' },
      { period: p('2022'), value: '8' }, // path 7.46: 7.2 % above
      { period: p('2023'), value: '8.3' }, // path 7.14: 16.2 % above
    ], { warningPct: 5, criticalPct: 15 });
    expect(observed.map((o) => [o.period, o.expected.toString(), o.severity])).toEqual([
      ['2022', '7.46', 'warning'],
      ['2023', '7.14', 'critical'],
      ['2024', '6.82', undefined],
    ]);
  });
});
