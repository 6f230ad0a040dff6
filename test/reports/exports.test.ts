import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { collectInYearReport } from '../../src/reports/inYear/collectInYearReport';
import { inYearDocument } from '../../src/reports/export/inYearDocument';
import { writeReport } from '../../src/reports/export/writeReport';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { runOperatorCommand } from '../support/operatorCli';
import { draftDay, seedReportTown } from './reportTown';

const view = { t: translator('de'), locale: 'de' as const, zone: 'Europe/Berlin', now: draftDay };
const q3 = { frequency: 'quarterly' as const, year: 2026, index: 3 };

/** The text of each page of a PDF, read back with pdf.js. */
async function pdfPages(bytes: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages;
}

describe.each(providers)('report exports on %s', (provider) => {
  let h: TestDatabase;
  beforeEach(async () => void (h = await freshDatabase(provider)));
  afterEach(async () => h.drop());

  const document = async (withDecisions = false) => {
    const town = await seedReportTown(h.db, withDecisions);
    return inYearDocument(await collectInYearReport(h.db, town.tenant, q3, undefined, draftDay), view);
  };

  it('writes XLSX with one sheet per table and numbers, money, percentages and dates as real cells', async () => {
    const bytes = await writeReport(await document(true), 'xlsx', view);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Übersicht', 'Maßnahmen', 'Kennzahlen', 'Warnungen', 'Umschichtungen']);
    const overview = book.getWorksheet('Übersicht')!;
    expect(overview.getRow(2).getCell(3).value).toBe(125000);
    expect(overview.getRow(2).getCell(3).numFmt).toBe('#,##0.00 "€"');
    expect(overview.getRow(2).getCell(6).value).toBe(0.6);
    const measures = book.getWorksheet('Maßnahmen')!;
    expect(measures.getRow(3).getCell(7).value).toEqual(new Date('2026-06-30T22:00:00Z'));
    expect(measures.getRow(3).getCell(7).numFmt).toBe('dd.mm.yyyy');
    const kpis = book.getWorksheet('Kennzahlen')!;
    expect([kpis.getRow(2).getCell(2).value, kpis.getRow(2).getCell(6).value, kpis.getRow(2).getCell(7).value]).toEqual(['CO2-1', 6.9, 6.5]);
    const reallocations = book.getWorksheet('Umschichtungen')!;
    expect([9, 10].map((c) => reallocations.getRow(1).getCell(c).value)).toEqual(['Nachhaltigkeit (Wirkung)', 'Nachhaltigkeit (Begründung)']);
    const rows = [2, 3].map((r) => [reallocations.getRow(r).getCell(1).value, reallocations.getRow(r).getCell(9).value, reallocations.getRow(r).getCell(10).value]);
    expect(rows).toContainEqual([1, '+ positiv', 'Dämmung senkt den Wärmebedarf']);
  });

  it('writes CSV with a BOM, semicolons and German decimals', async () => {
    const csv = (await writeReport(await document(), 'csv', view)).toString('utf8');
    expect(csv.startsWith('\uFEFFUnterjähriger Bericht Q3/2026 – Kleinstadt\r\n')).toBe(true);
    expect(csv).toContain('KLI;Klima;125000,00;60000,00;15000,00;60;75;1;0;1;0\r\n');
    expect(csv).toContain('KLI;CO2-1;CO₂-Emissionen je Einwohner;t;2025;6,9;6,5;6,2;gelb;besser;2026;6,2;63\r\n');
    expect(csv).toContain('KLI;M-2;Solardach Schule;verzögert;80;100;01.07.2026;ja;ja\r\n');
  });

  it('writes a PDF with the tables and the charts, the same bytes for the same figures', async () => {
    const doc = await document();
    const bytes = await writeReport(doc, 'pdf', view);
    const pages = await pdfPages(bytes);
    expect(pages).toHaveLength(3); // tables; charts two a page: budget + CO2-1, MOB-1
    expect(pages[0]).toContain('Unterjähriger Bericht Q3/2026 – Kleinstadt');
    expect(pages[0]).toContain('125.000,00 €');
    expect(pages[0]).toContain('Solardach Schule');
    expect(pages[1]).toContain('Diagramme');
    expect((await writeReport(doc, 'pdf', view)).equals(bytes)).toBe(true);
  });

  it('writes Markdown tables, and `v2030 report inyear` writes the files', async () => {
    const md = (await writeReport(await document(), 'md', view)).toString('utf8');
    expect(md).toContain('# Unterjähriger Bericht Q3/2026 – Kleinstadt');
    expect(md).toContain('| KLI | M-1 | Dämmung Rathaus | im Plan | 40 % | 75 % | 01.01.2027 | ja | nein |'.replace(/ %/g, '\u00a0%'));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'v2030-report-'));
    try {
      const out = path.join(dir, 'bericht.xlsx');
      const env = { DATABASE_URL: h.target.url, V2030_TENANT: 'klein' };
      const written = await runOperatorCommand(['report', 'inyear', '--period', '2026-Q3', '--field', 'KLI', '--format', 'xlsx', '--out', out], env);
      expect(written).toMatchObject({ code: 0, stdout: expect.stringContaining(`${out} geschrieben (xlsx`) });
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
      expect(await runOperatorCommand(['report', 'inyear', '--period', '2026-Q3', '--format', 'docx'], env)).toMatchObject({ code: 1, stderr: expect.stringContaining('Das Format „docx“ gibt es nicht') });
      expect(await runOperatorCommand(['report', 'inyear', '--period', '2026-Q3', '--field', 'XYZ'], env)).toMatchObject({ code: 1, stderr: expect.stringContaining('Das Handlungsfeld XYZ gibt es nicht') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
