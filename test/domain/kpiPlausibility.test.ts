import { describe, expect, it } from 'vitest';
import { checkBounds, farOffSeries } from '../../src/domain/kpiPlausibility';

const share = { code: 'MOB-1', unit: '%', minValue: null, maxValue: null };
const count = { code: 'MOB-4', unit: 'Ausleihen', minValue: null, maxValue: null };
const plain = (v: string) => v;

// Issue 10, item 8: plausibility of KPI values.
describe('checkBounds', () => {
  it('refuses a share outside 0–100 % and a negative count', () => {
    expect(() => checkBounds(share, '100.1', plain)).toThrow(expect.objectContaining({ messageKey: 'kpis:aboveMaximum', params: expect.objectContaining({ max: '100' }) }));
    expect(() => checkBounds(share, '-0.5', plain)).toThrow(expect.objectContaining({ messageKey: 'kpis:belowMinimum' }));
    expect(() => checkBounds(count, '-3', plain)).toThrow(expect.objectContaining({ messageKey: 'kpis:belowMinimum', params: expect.objectContaining({ min: '0' }) }));
    expect(() => checkBounds(share, '100', plain)).not.toThrow();
    expect(() => checkBounds(count, '250000', plain)).not.toThrow();
  });

  it('uses the KPI\'s own bounds where it sets them', () => {
    const change = { code: 'EW-1', unit: '%', minValue: '-50', maxValue: '50' };
    expect(() => checkBounds(change, '-3.2', plain)).not.toThrow();
    expect(() => checkBounds(change, '51', plain)).toThrow(expect.objectContaining({ messageKey: 'kpis:aboveMaximum' }));
    expect(() => checkBounds({ ...count, maxValue: '1000' }, '1001', plain)).toThrow(expect.objectContaining({ messageKey: 'kpis:aboveMaximum' }));
  });
});

describe('farOffSeries', () => {
  it('flags a value ten times the recent median or a tenth of it', () => {
    expect(farOffSeries('2025', ['6.1', '6.4', '6.9'])).toBe('6.4');
    expect(farOffSeries('5900', ['5.9', '6.1'])).toBe('6');
    expect(farOffSeries('0.5', ['6.1', '6.4'])).toBe('6.25');
  });

  it('lets values within the usual range pass, and a first value or a zero series', () => {
    expect(farOffSeries('7.5', ['6.1', '6.4'])).toBeUndefined();
    expect(farOffSeries('60', ['6.1'])).toBeUndefined();
    expect(farOffSeries('2025', [])).toBeUndefined();
    expect(farOffSeries('5', ['0', '0'])).toBeUndefined();
  });
});
