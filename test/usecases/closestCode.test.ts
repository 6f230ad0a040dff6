import { describe, expect, it } from 'vitest';
import { closestCode } from '../../src/usecases/closestCode';

describe('closestCode', () => {
  const measures = Array.from({ length: 30 }, (_, i) => `M-${i + 1}`);

  it('prefers the code sharing the longest beginning among equally near ones', () => {
    expect(closestCode('M-121', measures)).toBe('M-12');
    expect(closestCode('m-31', measures)).toBe('M-3');
  });

  it('finds typos in KPI codes and gives up on far-off input', () => {
    expect(closestCode('CO2-2', ['CO2-1', 'MOB-1', 'ABF-1'])).toBe('CO2-1');
    expect(closestCode('XYZ-999', ['CO2-1', 'MOB-1'])).toBeUndefined();
    expect(closestCode('A', [])).toBeUndefined();
  });
});
