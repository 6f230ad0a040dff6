import { describe, expect, it } from 'vitest';
import { achievementPercent, pathTone, shortfallPercent, targetAt, trendOf, type KpiPlan } from '../../src/domain/targetPath';

const zone = 'Europe/Berlin';
// CO2 per inhabitant: 8,0 t in 2023, 7,0 t by the end of 2025, 5,0 t by the end of 2030.
const co2: KpiPlan = { direction: 'lower_better', baseline: { year: 2023, value: '8.0' }, targets: [{ year: 2025, value: '7.0' }, { year: 2030, value: '5.0' }] };
const q = (year: number, index: number) => ({ frequency: 'quarterly' as const, year, index });
const y = (year: number) => ({ frequency: 'yearly' as const, year, index: 1 });

describe('target path', () => {
  it('runs linearly from the baseline through the yearly targets', () => {
    expect(targetAt(co2, y(2024), zone)?.toString()).toBe('7.5'); // half way from 8 to 7
    expect(targetAt(co2, q(2026, 3), zone)?.toString()).toBe('6.7'); // 9 of 60 months from 7 to 5
    expect(targetAt(co2, y(2030), zone)?.toString()).toBe('5');
  });

  it('keeps the last target after the plan and knows nothing before it', () => {
    expect(targetAt(co2, y(2031), zone)?.toString()).toBe('5');
    expect(targetAt(co2, y(2023), zone)?.toString()).toBe('8');
    expect(targetAt(co2, y(2022), zone)).toBeUndefined();
    expect(targetAt({ direction: 'lower_better', targets: [] }, y(2026), zone)).toBeUndefined();
  });

  it("without a baseline holds the first year's target within that year", () => {
    const plan: KpiPlan = { direction: 'higher_better', targets: [{ year: 2026, value: 100 }, { year: 2027, value: 200 }] };
    expect(targetAt(plan, q(2026, 1), zone)?.toString()).toBe('100');
    expect(targetAt(plan, q(2027, 2), zone)?.toString()).toBe('150');
    expect(targetAt(plan, y(2025), zone)).toBeUndefined();
  });
});

describe('achievement against the path', () => {
  it('measures the shortfall in percent of the path, by direction', () => {
    expect(shortfallPercent('lower_better', '6.9', '6.7')?.toFixed(2)).toBe('2.99');
    expect(shortfallPercent('lower_better', '6.5', '6.7')?.isNegative()).toBe(true);
    expect(shortfallPercent('higher_better', 80, 100)?.toString()).toBe('20');
    expect(shortfallPercent('higher_better', 80, 0)).toBeUndefined();
  });

  it("lights the KPI by its allowed shortfalls", () => {
    expect(pathTone(shortfallPercent('lower_better', '6.9', '6.7'), 5, 15)).toBe('good');
    expect(pathTone(shortfallPercent('lower_better', '7.5', '6.7'), 5, 15)).toBe('warning');
    expect(pathTone(shortfallPercent('higher_better', 80, 100), 5, 15)).toBe('critical');
    expect(pathTone(undefined, 5, 15)).toBe('good');
  });

  it('computes the degree of goal achievement from the baseline, or against the target alone', () => {
    expect(achievementPercent(co2, '5.0', '6.5')?.toString()).toBe('50');
    expect(achievementPercent(co2, '5.0', '8.5')?.isNegative()).toBe(true);
    expect(achievementPercent({ direction: 'higher_better', targets: [] }, 200, 150)?.toString()).toBe('75');
    expect(achievementPercent({ direction: 'lower_better', targets: [] }, 5, '6.25')?.toString()).toBe('80');
  });

  it('judges the trend by the direction', () => {
    expect(trendOf('lower_better', '7.0', '6.8')).toBe('improving');
    expect(trendOf('higher_better', '7.0', '6.8')).toBe('worsening');
    expect(trendOf('higher_better', undefined, '6.8')).toBe('steady');
    expect(trendOf('higher_better', '6.8', '6.80')).toBe('steady');
  });
});
