import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import type { Message } from '../../src/messages/model';
import { COMMON_LIMITS } from '../../src/platform/limits';
import { collectInYearReport } from '../../src/reports/inYear/collectInYearReport';
import { inYearSections } from '../../src/reports/inYear/inYearView';
import { pageSections } from '../../src/reports/paging';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { draftDay, seedReportTown } from './reportTown';

const q3 = { frequency: 'quarterly' as const, year: 2026, index: 3 };
const view = { t: translator('de'), locale: 'de' as const, zone: 'Europe/Berlin', now: draftDay };
/** The messages' blocks as text, Intl's no-break spaces (`60 %`, `5.000,00 €`) as plain ones. */
const text = (messages: Message[]) => JSON.stringify(messages.map((m) => m.blocks)).replace(/\u00a0/g, ' ');

describe.each(providers)('in-year report on %s', (provider) => {
  let h: TestDatabase;
  beforeEach(async () => void (h = await freshDatabase(provider)));
  afterEach(async () => h.drop());

  it('holds the figures computed by hand', async () => {
    const town = await seedReportTown(h.db);
    const report = await collectInYearReport(h.db, town.tenant, q3, undefined, draftDay);
    expect(report).toMatchObject({ period: '2026-Q3', yearSharePercent: 75, periodEnd: '2026-09-30T22:00:00.000Z', alerts: null, reallocations: null, unplanned: null });
    const [kli] = report.fields;
    expect(kli!.budget).toEqual({ availableCents: '12500000', spentCents: '6000000', committedCents: '1500000', executedPercent: 60, lines: 2 });
    expect(kli!.measures.map((m) => [m.code, m.progress, m.plannedProgress, m.behindPlan, m.overdue])).toEqual([
      ['M-1', 40, 75, true, false],
      ['M-2', 80, 100, true, true],
    ]);
    const co2 = kli!.kpis.find((k) => k.code === 'CO2-1')!;
    // Path at the end of 2025 is its target 6,5; 6,9 falls short by 0,4 ÷ 6,5 = 6,15 % (warning above 5 %).
    expect(co2.latest).toEqual({ period: '2025', value: '6.9', expected: '6.5', shortfallPct: '6.2', severity: 'warning', trend: 'improving' });
    // Achievement 2026: (6,9 − 8,1) ÷ (6,2 − 8,1) = 63 %.
    expect(co2.target).toEqual({ year: 2026, value: '6.2', achievementPct: '63' });
    // 2024: 8,1 − 1,6 × 48/60 = 6,82; warning at +5 % = 7,161, critical at +15 % = 7,843.
    expect(co2.series[0]).toEqual({ period: '2024', value: '7', expected: '6.82', warning: '7.161', critical: '7.843' });
    const mob = kli!.kpis.find((k) => k.code === 'MOB-1')!;
    expect(mob.series.map((p) => p.period)).toEqual(['2026-Q2', '2026-Q3']);
    expect(mob.latest).toMatchObject({ period: '2026-Q3', value: '14.5', expected: null, severity: null, trend: 'improving' });
  });

  it('lists open alerts, reallocations and the year’s überplanmäßige items once they exist', async () => {
    const town = await seedReportTown(h.db, true);
    const report = await collectInYearReport(h.db, town.tenant, q3, undefined, draftDay);
    expect(report.alerts).toEqual([{ number: 1, kpiCode: 'CO2-1', severity: 'warning', state: 'firing', period: '2025', since: '2026-02-01T08:00:00.000Z' }]);
    expect(report.reallocations!.pending.map((r) => r.number)).toEqual([2]);
    expect(report.reallocations!.decided.map((r) => [r.number, r.amountCents, r.fromLine, r.toLine])).toEqual([[1, '500000', 'KLI-01', 'KLI-02']]);
    expect(report.unplanned!.map((r) => r.number)).toEqual([1]);
    const out = text(pageSections(inYearSections(report, view), COMMON_LIMITS, view.t));
    expect(out).toContain('#1 🟡 CO2-1 2025 (aktiv)');
    expect(out).toContain('Nr. 1 KLI KLI-01 → KLI-02: 5.000,00 € (genehmigt, 03.08.2026) · Nachhaltigkeitscheck: + positiv — Dämmung senkt den Wärmebedarf');
    // A request filed before the check existed is listed without one.
    expect(out).toMatch(/Nr\. 2 KLI KLI-01 → KLI-02: 1\.200,00 € \(offen, [0-9.]+\)(?! ·)/);
    expect(out).toContain('Summe: 5.000,00 €');
  });

  it('reads in German: summary first, then the field, then alerts and decisions ("no data yet" where nothing exists)', async () => {
    const town = await seedReportTown(h.db);
    const report = await collectInYearReport(h.db, town.tenant, q3, undefined, draftDay);
    const messages = pageSections(inYearSections(report, view), COMMON_LIMITS, view.t);
    expect(messages.map((m) => m.summary)).toEqual([
      'Unterjähriger Bericht Q3/2026 – Kleinstadt',
      'Unterjähriger Bericht Q3/2026 – Kleinstadt · KLI Klima',
      'Unterjähriger Bericht Q3/2026 – Kleinstadt · Warnungen und Entscheidungen',
    ]);
    expect(text([messages[0]!])).toContain('"rows":[["KLI Klima","60 %","1 / 0 / 1 / 0","🟢 0 🟡 1 🔴 0"]]');
    const field = text([messages[1]!]);
    expect(field).toContain('125.000,00 €');
    expect(field).toContain('60 % (Zeitanteil 75 %)');
    expect(field).toContain('M-1 Dämmung Rathaus: 40 % statt 75 % laut Plan (im Plan, fällig 01.01.2027)');
    expect(field).toContain('M-2 Solardach Schule: überfällig seit 01.07.2026, 80 % (verzögert)');
    expect(field).toContain('⚪ MOB-1 Anteil E-Autos Q3/2026: 14,5 % (kein Zielpfad) ↗');
    expect(field).toContain('🟡 CO2-1 CO₂-Emissionen je Einwohner 2025: 6,9 t (Zielpfad 6,5 t) ↗ · Ziel 2026: 6,2 t, Zielerreichung 63 %');
    expect(text([messages[2]!]).match(/Noch keine Daten/g)).toHaveLength(4);
  });

  it('splits a long section into pages within the limits', async () => {
    const town = await seedReportTown(h.db);
    const report = await collectInYearReport(h.db, town.tenant, q3, undefined, draftDay);
    const limits = { ...COMMON_LIMITS, blocksPerMessage: 5 };
    const messages = pageSections(inYearSections(report, view), limits, view.t);
    expect(messages.every((m) => m.blocks.length <= 5)).toBe(true);
    expect(messages.map((m) => m.summary)).toContain('Unterjähriger Bericht Q3/2026 – Kleinstadt · KLI Klima (2/2)');
    const bytes = pageSections(inYearSections(report, view), { ...COMMON_LIMITS, bytesPerMessage: 1200 }, view.t);
    expect(bytes.every((m) => Buffer.byteLength(JSON.stringify(m.blocks.slice(1))) <= 600 || m.blocks.length <= 2)).toBe(true);
    expect(bytes.length).toBeGreaterThan(messages.length / 2);
  });
});
