import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { budgetExecutionChart } from '../../src/reports/charts/budgetExecutionChart';
import { kpiTrendChart, type KpiTrendData } from '../../src/reports/charts/kpiTrendChart';

const t = translator('de');
const co2: KpiTrendData = {
  title: 'CO2-1 CO₂-Emissionen je Einwohner',
  unit: 't',
  periods: ['2023', '2024', '2025', '2026'],
  values: [8.0, 7.6, 7.1, null],
  path: [8.0, 7.5, 7.0, 6.6],
  warning: [8.4, 7.875, 7.35, 6.93],
  critical: [9.2, 8.625, 8.05, 7.59],
};

/** Width and height from the PNG header (IHDR), after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(bytes);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('charts', () => {
  it('renders the KPI trend as a PNG of the chart size', () => {
    const png = kpiTrendChart(co2, t, 'de');
    expect(pngSize(png.bytes)).toEqual({ width: 800, height: 400 });
    expect(png).toMatchObject({ width: 800, height: 400 });
    expect(png.bytes.length).toBeGreaterThan(5_000);
  });

  it('renders the same bytes for the same input, and others for other input', () => {
    const a = kpiTrendChart(co2, t, 'de');
    const b = kpiTrendChart(co2, t, 'de');
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const c = kpiTrendChart({ ...co2, values: [8.0, 7.6, 7.2, null] }, t, 'de');
    expect(Buffer.from(a.bytes).equals(Buffer.from(c.bytes))).toBe(false);
  });

  it('writes German labels and numbers: English differs in the same chart', () => {
    const de = kpiTrendChart(co2, t, 'de');
    const en = kpiTrendChart(co2, translator('en'), 'en');
    expect(Buffer.from(de.bytes).equals(Buffer.from(en.bytes))).toBe(false);
  });

  it('renders budget execution per field against the share of the year', () => {
    const png = budgetExecutionChart(
      { fields: [{ label: 'KLI Klima und Energie', executedPercent: 62.5 }, { label: 'MOB Mobilität', executedPercent: 91 }], yearSharePercent: 75 },
      t,
      'de',
    );
    expect(pngSize(png.bytes)).toEqual({ width: 800, height: 400 });
  });
});
