/**
 * Benchmark of the in-year report's charts and XLSX export (issue 14), each against a baseline of the
 * same libraries doing the least the same output needs, in the same run:
 * - one KPI chart (800 × 400, 10 years of monthly values: 120 points and path, warning and critical
 *   lines) against resvg rendering an SVG of the same size with one text line and PNG encoding;
 * - the XLSX of a municipality with 6 fields, 500 measures and 300 KPIs (the in-year report's tables)
 *   against exceljs writing the same cells as plain values without number formats or column widths.
 * Reports medians and the 95th percentile, the ratios, and peak memory. Writes bench/results/reports.md.
 * Run: `npx tsx bench/reports/run.ts` (BENCH_RUNS, default 30 charts and 10 workbooks). No database needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Resvg } from '@resvg/resvg-js';
import ExcelJS from 'exceljs';
import { translator } from '../../src/i18n';
import { kpiTrendChart } from '../../src/reports/charts/kpiTrendChart';
import { CHART_FONT_FAMILY, CHART_FONT_FILE } from '../../src/reports/charts/renderPng';
import { inYearDocument } from '../../src/reports/export/inYearDocument';
import { writeXlsx } from '../../src/reports/export/writeXlsx';
import type { InYearReport, KpiItem, MeasureItem } from '../../src/reports/inYear/inYearReport';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const t = translator('de');
const view = { t, locale: 'de' as const, zone: 'Europe/Berlin', now: new Date('2026-10-07T07:00:00Z') };

let peakRss = 0;
const sample = () => void (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sample, 5);

async function timed(runs: number, work: () => unknown): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 3; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
    sample();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, p95: times[Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)]! };
}

// One KPI over 10 years of months.
const months = Array.from({ length: 120 }, (_, i) => `${String((i % 12) + 1).padStart(2, '0')}/${2016 + Math.floor(i / 12)}`);
const path120 = months.map((_, i) => 100 - i * 0.5);
const chartData = {
  title: 'KLI-017 CO₂-Emissionen je Einwohner',
  unit: 't',
  periods: months,
  values: path120.map((p, i) => p + Math.sin(i / 5) * 6),
  path: path120,
  warning: path120.map((p) => p * 1.05),
  critical: path120.map((p) => p * 1.1),
};
const baselineSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><rect width="800" height="400" fill="#fff"/><text x="400" y="30" font-family="${CHART_FONT_FAMILY}" font-size="16" text-anchor="middle">${chartData.title}</text></svg>`;
const chart = await timed(RUNS, () => kpiTrendChart(chartData, t, 'de'));
const chartBaseline = await timed(RUNS, () =>
  new Resvg(baselineSvg, { fitTo: { mode: 'width', value: 800 }, background: '#ffffff', font: { fontFiles: [CHART_FONT_FILE], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY } }).render().asPng(),
);

// The in-year report of a large municipality.
const FIELDS = 6;
const report: InYearReport = {
  tenantName: 'Benchstadt',
  period: '2026-Q3',
  periodEnd: '2026-09-30T22:00:00.000Z',
  asOf: '2026-10-07T07:00:00.000Z',
  yearSharePercent: 75,
  fields: Array.from({ length: FIELDS }, (_, f) => ({
    code: `F${f}`,
    name: `Handlungsfeld ${f}`,
    budget: { availableCents: String(1_000_000_000 + f), spentCents: String(400_000_000), committedCents: String(150_000_000), executedPercent: 55, lines: 1000 },
    measures: Array.from({ length: Math.ceil(500 / FIELDS) }, (_, m): MeasureItem => ({ code: `M-${f}-${m}`, title: `Maßnahme ${m} im Feld ${f}`, status: m % 5 === 0 ? 'delayed' : 'on_track', progress: (m * 7) % 100, dueDate: '2026-12-31T23:00:00.000Z', plannedProgress: 75, behindPlan: m % 3 === 0, overdue: false })).slice(0, f < 2 ? 84 : 83),
    kpis: Array.from({ length: 300 / FIELDS }, (_, k): KpiItem => ({
      code: `K-${f}-${k}`,
      name: `Kennzahl ${k}`,
      unit: '%',
      decimals: 1,
      latest: { period: '2026-09', value: '42.5', expected: '45.0', shortfallPct: '5.6', severity: 'warning', trend: 'improving' },
      target: { year: 2026, value: '50', achievementPct: '85.0' },
      series: months.map((p, i) => ({ period: p, value: String(40 + (i % 10)), expected: String(45), warning: String(42), critical: String(38) })),
    })),
  })),
  alerts: [],
  reallocations: { pending: [], decided: [] },
  unplanned: [],
};
const doc = inYearDocument(report, view);
const cells = doc.tables.reduce((n, table) => n + table.rows.length * table.headers.length, 0);
let xlsxBytes = 0;
const xlsx = await timed(Math.max(5, Math.floor(RUNS / 3)), async () => (xlsxBytes = (await writeXlsx(inYearDocument(report, view))).length));
const xlsxBaseline = await timed(Math.max(5, Math.floor(RUNS / 3)), async () => {
  const workbook = new ExcelJS.Workbook();
  for (const table of doc.tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31));
    sheet.addRow(table.headers);
    for (const row of table.rows) sheet.addRow(row.map((c) => (c === null || typeof c !== 'object' || c instanceof Date ? c : 'cents' in c ? Number(c.cents) / 100 : c.percent / 100)));
  }
  return workbook.xlsx.writeBuffer();
});
clearInterval(sampler);

const ms = (x: number) => `${x.toFixed(1)} ms`;
const lines = [
  `# In-year report: charts and XLSX (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${RUNS} chart runs)`,
  '',
  '| what | ours median (p95) | baseline median (p95) | ratio | goal | met |',
  '|---|---:|---:|---:|---|---|',
  `| one KPI chart, 120 months, 800 × 400 PNG | ${ms(chart.median)} (${ms(chart.p95)}) | ${ms(chartBaseline.median)} (${ms(chartBaseline.p95)}) | ${(chart.median / chartBaseline.median).toFixed(1)} × | < 50 ms | ${chart.median < 50 ? 'yes' : 'no'} |`,
  `| XLSX of 6 fields, ${report.fields.reduce((n, f) => n + f.measures.length, 0)} measures, 300 KPIs (${cells} cells, ${Math.round(xlsxBytes / 1024)} KB) | ${ms(xlsx.median)} (${ms(xlsx.p95)}) | ${ms(xlsxBaseline.median)} (${ms(xlsxBaseline.p95)}) | ${(xlsx.median / xlsxBaseline.median).toFixed(1)} × | < 2 s | ${xlsx.median < 2000 ? 'yes' : 'no'} |`,
  '',
  `Peak memory (RSS) of the run: ${Math.round(peakRss / 1024 / 1024)} MB. Load average at the end: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' / ')}.`,
  '',
];
const out = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'results', 'reports.md');
fs.writeFileSync(out, lines.join('\n'));
console.log(lines.join('\n'));
