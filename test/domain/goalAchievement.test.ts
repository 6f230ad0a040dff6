import { describe, expect, it } from 'vitest';
import { achievementPercent, trendOf } from '../../src/domain/goalAchievement';

describe('goal achievement', () => {
  it('is the share of the way from the baseline to the target', () => {
    // CO2 per inhabitant: baseline 8,0 t, target 5,0 t, reached 6,5 t → half way.
    expect(achievementPercent('lower_better', '8.0', '5.0', '6.5')?.toString()).toBe('50');
    expect(achievementPercent('lower_better', '8.0', '5.0', '4.4')?.toString()).toBe('120');
    expect(achievementPercent('lower_better', '8.0', '5.0', '8.5')?.isNegative()).toBe(true);
    expect(achievementPercent('higher_better', 40, 40, 41)).toBeUndefined();
  });

  it('without a baseline compares the value with the target alone', () => {
    expect(achievementPercent('higher_better', undefined, 200, 150)?.toString()).toBe('75');
    expect(achievementPercent('lower_better', undefined, 5, '6.25')?.toString()).toBe('80');
    expect(achievementPercent('higher_better', undefined, 0, 3)).toBeUndefined();
  });

  it('judges the trend by the direction', () => {
    expect(trendOf('lower_better', '7.0', '6.8')).toBe('improving');
    expect(trendOf('higher_better', '7.0', '6.8')).toBe('worsening');
    expect(trendOf('higher_better', undefined, '6.8')).toBe('steady');
    expect(trendOf('higher_better', '6.8', '6.80')).toBe('steady');
  });
});
