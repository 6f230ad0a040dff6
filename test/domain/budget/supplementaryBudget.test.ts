import { describe, expect, it } from 'vitest';
import { parseBudgetAmount } from '../../../src/domain/budget/amountInput';
import { NRW_PRESET, NRW_PRESET_INPUT } from '../../../src/domain/budget/nrwPreset';
import { parseBudgetPolicy } from '../../../src/domain/budget/policy';
import { dueWarningThresholds } from '../../../src/domain/budget/supplementaryBudget';

describe('supplementary-budget early warning', () => {
  it('warns once per threshold, when the year total passes it (above, not at)', () => {
    expect(dueWarningThresholds(NRW_PRESET, 50_000_000n, [])).toEqual([]);
    expect(dueWarningThresholds(NRW_PRESET, 50_000_001n, [])).toEqual([50_000_000n]);
    expect(dueWarningThresholds(NRW_PRESET, 60_000_000n, [50_000_000n])).toEqual([]);
    expect(dueWarningThresholds(NRW_PRESET, 120_000_000n, [])).toEqual([50_000_000n, 100_000_000n]);
    expect(dueWarningThresholds(NRW_PRESET, 120_000_000n, [50_000_000n])).toEqual([100_000_000n]);
  });
});

describe('budget policy as data', () => {
  it('reads the NRW preset and refuses tiers out of order or money as a float', () => {
    expect(NRW_PRESET.materialityThresholdCents).toBe(1_500_000n);
    const unordered = { ...NRW_PRESET_INPUT.approval, internal: [...NRW_PRESET_INPUT.approval.internal].reverse() };
    expect(() => parseBudgetPolicy({ ...NRW_PRESET_INPUT, approval: unordered })).toThrow(/first tier must start at 0/);
    expect(() => parseBudgetPolicy({ ...NRW_PRESET_INPUT, materialityThresholdCents: 15000.5 })).toThrow();
    expect(parseBudgetPolicy({ ...NRW_PRESET_INPUT, materialityThresholdCents: '90071992547409930' }).materialityThresholdCents).toBe(90071992547409930n);
  });
});

describe('budget amounts', () => {
  const cents = (text: string) => {
    const result = parseBudgetAmount(text);
    if (!result.ok) throw new Error(result.error.message);
    return result.cents;
  };
  it('reads the point before three digits as the German thousands point', () => {
    expect(cents('25.000')).toBe(2_500_000n);
    expect(cents('25.000,50 €')).toBe(2_500_050n);
    expect(cents('€ 25.000')).toBe(2_500_000n);
    expect(cents('25000')).toBe(2_500_000n);
    expect(cents('2.500,5')).toBe(250_050n);
    expect(cents('1.250.000')).toBe(125_000_000n);
  });
  it('refuses what reads two ways with both readings', () => {
    const result = parseBudgetAmount('25,000');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.messageKey).toBe('parse:ambiguousNumber');
  });
});
