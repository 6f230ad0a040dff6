import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot';
import { fixedClock } from '../../src/clock';
import { translator } from '../../src/i18n';
import type { Message } from '../../src/messages/model';
import { collectAnnualReport } from '../../src/reports/annual/collectAnnualReport';
import { annualDocument } from '../../src/reports/export/annualDocument';
import { writeReport } from '../../src/reports/export/writeReport';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { capturingLogger } from '../support/logs';
import { runOperatorCommand } from '../support/operatorCli';
import { afterYear, completeM1InJanuary, seedAnnualTown } from './annualTown';
import { draftDay } from './reportTown';

const text = (m: Message) => JSON.stringify(m.blocks).replace(/\u00a0/g, ' ');
const view = { t: translator('de'), locale: 'de' as const, zone: 'Europe/Berlin', now: afterYear };

describe.each(providers)('the annual goal-achievement report on %s', (provider) => {
  let h: TestDatabase;
  let town: Awaited<ReturnType<typeof seedAnnualTown>>;
  beforeEach(async () => {
    h = await freshDatabase(provider);
    town = await seedAnnualTown(h.db);
  });
  afterEach(async () => h.drop());

  it('gives each strategic and operational goal its KPIs’ achievement, the measures done at the year’s end and the budget used', async () => {
    await completeM1InJanuary(h.db, town);
    const report = await collectAnnualReport(h.db, town.tenant, 2026, undefined, afterYear);
    expect(report).toMatchObject({ year: 2026, interim: false, yearEnd: '2026-12-31T23:00:00.000Z' });
    const [sz1, sz2] = report.strategicGoals;
    expect(sz1).toMatchObject({ code: 'SZ-1', fieldCode: 'KLI', achievementPct: '69', measures: { total: 3, done: 1 }, budget: { availableCents: '12500000', spentCents: '6000000', usedPercent: 48 } });
    expect(sz1!.operationalGoals.map((g) => [g.code, g.productCode, g.achievementPct, g.measures, g.budget?.usedPercent])).toEqual([
      ['OZ-1', '1.110.01', '63', { total: 1, done: 0 }, 40],
      ['OZ-2', '1.110.02', '75', { total: 2, done: 1 }, 50],
    ]);
    expect(sz1!.operationalGoals[0]!.kpis[0]).toEqual({
      code: 'CO2-1', name: 'CO₂-Emissionen je Einwohner', nameEn: null, unit: 't', decimals: 1,
      baseline: { year: 2020, value: '8.1' }, target: { year: 2026, value: '6.2' }, latest: { period: '2025', value: '6.9' }, achievementPct: '63',
    });
    expect(sz1!.operationalGoals[1]!.kpis[0]).toMatchObject({ code: 'MOB-1', baseline: null, latest: { period: '2026-Q4', value: '15' }, achievementPct: '75' });
    expect(sz2).toMatchObject({ code: 'SZ-2', achievementPct: null, measures: { total: 0, done: 0 }, budget: null, operationalGoals: [] });
  });

  it('answers `bericht 2026` during the year with the interim state, values of periods not ended left out', async () => {
    const bot: Bot = createBot({ db: h.db, clock: fixedClock(draftDay), logger: capturingLogger().logger });
    const ask = (userId: string, line: string) => bot.handleText({ platform: 'console', tenant: { slug: 'klein' }, userId, text: line, requestId: 'r-1' });
    const reply = await ask('max@klein.de', 'bericht 2026');
    expect(reply.summary).toBe('Jahresbericht 2026 zur Zielerreichung – Kleinstadt');
    expect(text(reply)).toContain('Zwischenstand 07.10.2026 · das Jahr 2026 läuft noch');
    expect(text(reply)).toContain('"rows":[["SZ-1 Klimaneutral bis 2040","68 %","1 von 3","48 %"],["SZ-2 Klimafolgen anpassen","–","0 von 0","–"]]');
    expect(text(reply)).toContain('OZ-2 Solarstrom · Zielerreichung 73 % · Maßnahmen abgeschlossen: 1 von 2 · Budget genutzt 50 % (50.000,00 € von 100.000,00 €)');
    expect(text(reply)).toContain('CO2-1 CO₂-Emissionen je Einwohner 2025: 6,9 t · Ziel 2026: 6,2 t, Ausgangswert 2020: 8,1 t, Zielerreichung 63 %');
    expect(text(reply)).toContain('MOB-1 Anteil E-Autos Q3/2026: 14,5 %');
    const english = await ask('olga@klein.de', 'report KLI 2026');
    expect(english.summary).toBe('Annual goal-achievement report 2026 – Kleinstadt');
    expect((await ask('max@klein.de', 'bericht 2027')).summary).toBe('Das Jahr 2027 hat noch nicht begonnen.');
  });

  it('exports the goals and KPIs as XLSX with real numbers, as CSV and PDF, and through `v2030 report annual`', async () => {
    const doc = annualDocument(await collectAnnualReport(h.db, town.tenant, 2026, undefined, afterYear), view);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeReport(doc, 'xlsx', view)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Ziele', 'Kennzahlen']);
    const goals = book.getWorksheet('Ziele')!;
    expect(goals.getRow(2).values).toEqual([undefined, 'strategisch', 'KLI', 'SZ-1', 'Klimaneutral bis 2040', '13', undefined, 0.69, 3, 1, 125000, 60000, 0.48]);
    expect(goals.getRow(3).getCell(6).value).toBe('1.110.01');
    expect(book.getWorksheet('Kennzahlen')!.getRow(2).values).toEqual([undefined, 'OZ-1', 'CO2-1', 'CO₂-Emissionen je Einwohner', 't', 2020, 8.1, 2026, 6.2, '2025', 6.9, 0.63]);
    const csv = (await writeReport(doc, 'csv', view)).toString('utf8');
    expect(csv).toContain('operativ;KLI;OZ-2;Solarstrom;7;1.110.02;75;2;1;100000,00;50000,00;50\r\n');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'v2030-annual-'));
    try {
      const out = path.join(dir, 'jahresbericht.pdf');
      const env = { DATABASE_URL: h.target.url, V2030_TENANT: 'klein' };
      expect(await runOperatorCommand(['report', 'annual', '--year', '2026', '--format', 'pdf', '--out', out], env)).toMatchObject({ code: 0, stdout: expect.stringContaining(`${out} geschrieben (pdf`) });
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      const mdFile = path.join(dir, 'jahresbericht.md');
      expect(await runOperatorCommand(['report', 'annual', '--year', '2026', '--field', 'KLI', '--out', mdFile], env)).toMatchObject({ code: 0 });
      const md = readFileSync(mdFile, 'utf8').replace(/\u00a0/g, ' ');
      expect(md).toContain('# Jahresbericht 2026 zur Zielerreichung – Kleinstadt');
      expect(md).toContain('| operativ | KLI | OZ-1 | Gebäude sanieren | 7,13 | 1.110.01 |');
      expect(await runOperatorCommand(['report', 'annual', '--year', 'zwanzig'], env)).toMatchObject({ code: 1, stderr: expect.stringContaining('„zwanzig“ ist kein Jahr') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
