import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WESEL_DIR } from '../../src/demo/weselPlan';
import { readBudgetPlanFile } from '../../src/import/budget/readBudgetPlanFile';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { runOperatorCommand } from '../support/operatorCli';

const WESEL = path.join(WESEL_DIR, 'hhplan2017.csv');
/** The published totals line of Wesel's plan, column `Plan 2017`. */
const WESEL_PLAN_2017_TOTAL = 6363452312n;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-import-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** Wesel's plan as text, lines without their CRLF. */
function weselLines(): string[] {
  return fs.readFileSync(WESEL, 'latin1').split('\r\n').filter(Boolean);
}

/** Every product of the plan (areas 1–17, Objektnr. starting with letters too) into one of two fields. */
const MAP_ALL = 'Produkt;Handlungsfeld\n1;KLI\n2;KLI\n3;KLI\n4;KLI\n5;KLI\n6;KLI\n7;KLI\n8;KLI\n9;KLI\n12;MOB\n';

describe.each(providers)('v2030 import budget (%s)', (provider) => {
  let h: TestDatabase;
  const v2030 = (...args: string[]) => runOperatorCommand(args, { DATABASE_URL: h.target.url, V2030_TENANT: 'musterdorf' });
  const signedTotal = async () => {
    const lines = await h.db.budgetLine.findMany({ select: { kind: true, plannedCents: true } });
    return lines.reduce((sum, l) => sum + (l.kind === 'income' ? -l.plannedCents : l.plannedCents), 0n);
  };

  beforeEach(async () => {
    h = await freshDatabase(provider);
    const tenant = await h.db.tenant.create({ data: { slug: 'musterdorf', name: 'Musterdorf' } });
    for (const [code, name] of [['KLI', 'Klima'], ['MOB', 'Mobilität'], ['BIL', 'Bildung']]) {
      await h.db.actionField.create({ data: { tenantId: tenant.id, code: code!, name: name! } });
    }
  });
  afterEach(async () => h.drop());

  // Whole-plan imports take long on a machine kept busy; the ceiling only turns a hang into a failure.
  it("imports Wesel's whole plan as published: totals equal the published ones, a second import changes nothing", { timeout: 300_000 }, async () => {
    const mapping = write('all.csv', MAP_ALL);
    const dry = await v2030('import', 'budget', WESEL, '--year', '2026', '--amount-column', 'Plan 2017', '--mapping', mapping, '--dry-run');
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(dry.stdout).toContain('hhplan2017.csv, Spalte „Plan 2017“: 2615 Haushaltspositionen gelesen, 3356 Zeilen ohne Ansatz übersprungen.');
    expect(dry.stdout).toMatch(/Summenzeile 5973: 63\.634\.523,12\s€ – stimmt mit der Summe der Zeilen überein\./);
    expect(dry.stdout).toContain('Probelauf: nichts geschrieben.');
    expect(await h.db.budgetLine.count()).toBe(0);

    const first = await v2030('import', 'budget', WESEL, '--year', '2026', '--amount-column', 'Plan 2017', '--mapping', mapping);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/Handlungsfeld KLI \(neues gemeinsames Budget 2026\): \d+ neu/);
    expect(first.stdout).toContain('Importiert: 2615 Haushaltspositionen angelegt, 0 geändert.');
    expect(await h.db.budgetLine.count()).toBe(2615);
    expect(await signedTotal()).toBe(WESEL_PLAN_2017_TOTAL);
    const budgets = await h.db.jointBudget.findMany({ select: { year: true, name: true, actionField: { select: { code: true } } }, orderBy: { name: 'asc' } });
    expect(budgets).toEqual([
      { year: 2026, name: 'Gemeinsames Budget Klima 2026', actionField: { code: 'KLI' } },
      { year: 2026, name: 'Gemeinsames Budget Mobilität 2026', actionField: { code: 'MOB' } },
    ]);
    const line = await h.db.budgetLine.findFirstOrThrow({ where: { code: '1.100.01.01.01/44851000' }, include: { ledger: true, product: true } });
    expect(line).toMatchObject({ kind: 'income', plannedCents: 2200000n, account: '44851000', name: 'Politische Gremien: Kostenerstattung  ASG für erbrachte Leis' });
    expect(line.product).toMatchObject({ code: '1.100.01.01.01', name: 'Politische Gremien' });
    expect(line.ledger).toEqual([expect.objectContaining({ kind: 'plan', amountCents: 2200000n, reference: 'hhplan2017.csv, Plan 2017, 2' })]);
    expect(await h.db.auditLog.count({ where: { action: 'budget.import' } })).toBe(2);

    const again = await v2030('import', 'budget', WESEL, '--year', '2026', '--amount-column', 'Plan 2017', '--mapping', mapping);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toMatch(/KLI: 0 neu \(0,00\s€\), \d+ unverändert, 0 geändert/);
    expect(again.stdout).toContain('Nichts zu tun: Alle Haushaltspositionen sind schon so importiert.');
    expect(await h.db.budgetLine.count()).toBe(2615);
    expect(await h.db.budgetLedgerEntry.count()).toBe(2615);
    expect(await h.db.auditLog.count()).toBe(2);
  });

  it('takes the column names from the mapping file (the command line wins) and refuses a line that names no column', async () => {
    const plan = write('plan-columns.csv', Buffer.from(weselLines().join('\r\n'), 'latin1'));
    const mapping = write('columns.csv', 'Produkt;Handlungsfeld\nSpalte Betrag;Plan 2017\nSpalte Konto;Kostenart\n1201;MOB\n');
    const imported = await v2030('import', 'budget', plan, '--year', '2026', '--mapping', mapping, '--dry-run');
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toContain('Spalte „Plan 2017“');
    const named = await v2030('import', 'budget', plan, '--year', '2026', '--mapping', mapping, '--amount-column', 'Plan 2018', '--dry-run');
    expect(named.stdout).toContain('Spalte „Plan 2018“');
    const wrong = write('columns-wrong.csv', 'Produkt;Handlungsfeld\nSpalte Farbe;Blau\n1201;MOB\n');
    const refused = await v2030('import', 'budget', plan, '--year', '2026', '--mapping', wrong, '--amount-column', 'Plan 2017');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Zeile 2, Spalte „Produkt“: „Spalte Farbe“ nennt keine Spalte.');
    expect(await h.db.budgetLine.count()).toBe(0);
  });

  it('reports a changed plan figure, leaves it unless --update, then applies it with a ledger entry and an audit record', async () => {
    const mapping = write('mob.csv', 'Produkt;Handlungsfeld\n1201;MOB\n');
    const original = write('plan.csv', Buffer.from(weselLines().join('\r\n'), 'latin1'));
    expect((await v2030('import', 'budget', original, '--year', '2026', '--amount-column', 'Plan 2017', '--mapping', mapping)).code).toBe(0);
    const changed = weselLines().map((l) => {
      const cells = l.split(';');
      if (cells[1] !== 'L12010299901' || cells[3] !== '52420000') return l;
      cells[8] = '99.999,00';
      return cells.join(';');
    });
    expect(changed).not.toEqual(weselLines());
    const file = write('plan-changed.csv', Buffer.from(changed.join('\r\n'), 'latin1'));
    const before = await h.db.budgetLine.findFirstOrThrow({ where: { code: 'L12010299901/52420000' } });

    const reported = await v2030('import', 'budget', file, '--year', '2026', '--amount-column', 'Plan 2017', '--mapping', mapping);
    expect(reported.code).toBe(0);
    expect(reported.stdout).toMatch(/Zeile \d+, L12010299901\/52420000: [\d.]+,\d\d\s€ → 99\.999,00\s€/);
    expect(reported.stdout).toContain('mit --update werden sie übernommen');
    expect((await h.db.budgetLine.findUniqueOrThrow({ where: { id: before.id } })).plannedCents).toBe(before.plannedCents);

    // A lower figure than what is committed already is refused, and nothing is applied.
    await h.db.budgetLine.update({ where: { id: before.id }, data: { committedCents: 20000000n } });
    const overdrawn = await v2030('import', 'budget', file, '--year', '2026', '--amount-column', 'Plan 2017', '--mapping', mapping, '--update');
    expect(overdrawn.code).toBe(1);
    expect(overdrawn.stderr).toMatch(/L12010299901\/52420000: Der neue Ansatz 99\.999,00\s€ ist kleiner als das schon Gebundene und Ausgegebene \(200\.000,00\s€\)/);
    expect((await h.db.budgetLine.findUniqueOrThrow({ where: { id: before.id } })).plannedCents).toBe(before.plannedCents);
    await h.db.budgetLine.update({ where: { id: before.id }, data: { committedCents: 0n } });

    const updated = await v2030('import', 'budget', file, '--year', '2026', '--amount-column', 'Plan 2017', '--mapping', mapping, '--update');
    expect(updated.stdout).toContain('Importiert: 0 Haushaltspositionen angelegt, 1 geändert.');
    const after = await h.db.budgetLine.findUniqueOrThrow({ where: { id: before.id }, include: { ledger: { orderBy: { createdAt: 'asc' } } } });
    expect(after.plannedCents).toBe(9999900n);
    expect(after.ledger.reduce((sum, e) => sum + e.amountCents, 0n)).toBe(9999900n);
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: 'budget.plan_change', entityId: before.id } });
    expect(audit.before).toEqual({ plannedCents: String(before.plannedCents) });
    expect((await v2030('import', 'budget', file, '--year', '2026', '--amount-column', 'Plan 2017', '--mapping', mapping, '--update')).stdout).toContain('Nichts zu tun');
  });

  it('reads other encodings, separators, header rows and number formats to the same budget lines', { timeout: 300_000 }, async () => {
    const mapping = write('mob2.csv', '\uFEFFproduct,action field\n1201,mob\n');
    const rows = weselLines().map((l) => l.split(';'));
    const header = ['Produkt', 'PSP-Element', 'Produktbezeichnung', 'Sachkonto', 'Kontobezeichnung', ...rows[0]!.slice(5).map((c) => c.replace('Plan', 'Ansatz'))];
    const plain = (cell: string) => (/^-?[\d.]+,\d\d$/.test(cell) ? cell.replaceAll('.', '').replace(',', '.') : cell);
    const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    const variants = {
      'utf8-bom-comma.csv': Buffer.from(`\uFEFF${[header, ...rows.slice(1)].map((r) => r.map(quoted).join(',')).join('\n')}\n`, 'utf8'),
      'utf8-tab-plain.csv': Buffer.from(`Haushaltsplan 2026\nStand: 01.10.2025\n\n${[header, ...rows.slice(1)].map((r) => r.map(plain).join('\t')).join('\n')}`, 'utf8'),
    };
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('HH 2017');
    sheet.addRow(['Haushaltsplan 2017 der Stadt Wesel']);
    sheet.addRow(header);
    // Amounts as numbers, as a finance system writes them into a workbook.
    for (const r of rows.slice(1)) sheet.addRow(r.map((cell, i) => (i >= 5 && cell !== '' ? Number(plain(cell)) : cell)));
    variants['wesel.xlsx' as keyof typeof variants] = Buffer.from(await workbook.xlsx.writeBuffer());
    const totals: bigint[] = [];
    for (const [name, content] of Object.entries(variants)) {
      await h.db.budgetLedgerEntry.deleteMany();
      await h.db.budgetLine.deleteMany();
      const result = await v2030('import', 'budget', write(name, content), '--year', '2017', '--mapping', mapping);
      expect(result, name).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout, name).toContain('Spalte „Ansatz 2017“');
      expect(result.stdout, name).toMatch(/Summenzeile 597[346]: 63\.634\.523,12\s€ – stimmt/);
      totals.push(await signedTotal());
      expect(await h.db.budgetLine.findFirst({ where: { code: 'L12010299901/52420000' }, select: { name: true } }), name).toEqual({ name: 'Strom LSA/Verkehrssignalanlagen: Bewirtschaftung des Infrastrukturvermöge' });
    }
    expect(totals[0]).toBeGreaterThan(0n);
    expect(totals).toEqual([totals[0], totals[0], totals[0]]);
  });

  it('refuses broken files line by line, with line, column and reason, and imports nothing', async () => {
    const mapping = write('mob3.csv', 'Produkt;Handlungsfeld\n1201;MOB\n');
    const lines = weselLines().slice(0, 40);
    const broken = [...lines];
    broken[5] = broken[5]!.split(';').slice(0, 7).join(';');
    broken[9] = broken[9]!.replace(/;([^;]*);/, ';"$1;');
    broken[12] = broken[12]!.replace(/;[^;]*(;0,00;[^;]*;[^;]*;[^;]*;[^;]*;[^;]*)$/, ';zwölf$1');
    const cases: [string, Buffer, string[]][] = [
      ['broken.csv', Buffer.from(broken.join('\r\n'), 'latin1'), ['Zeile 6: nur 7 von 15 Spalten', 'Zeile 10: Anführungszeichen', 'Zeile 13, Spalte „Plan 2017“: „zwölf“ ist kein gültiger Betrag']],
      ['dup-header.csv', Buffer.from([lines[0]!.replace('Kostenart Beschreibung', 'Kostenart'), ...lines.slice(1)].join('\r\n'), 'latin1'), ['Zeile 1, Spalte „Kostenart“: Die Spalte „Kostenart“ kommt in der Kopfzeile zweimal vor.']],
      ['empty.csv', Buffer.alloc(0), ['Die Datei ist leer.']],
      ['not-a-workbook.xlsx', Buffer.from(lines.join('\r\n'), 'latin1'), ['Die Datei lässt sich nicht als Excel-Arbeitsmappe (XLSX) lesen.']],
      ['no-plan.csv', Buffer.from(lines.join('\r\n').replaceAll('Plan 2017', 'Soll'), 'latin1'), ['Keine Spalte mit dem Planansatz 2017', 'Vorhandene Spalten: Profitcenter | Objektnr. | Bezeichnung | Kostenart']],
    ];
    for (const [name, content, messages] of cases) {
      const result = await v2030('import', 'budget', write(name, content), '--year', '2017', '--mapping', mapping);
      expect(result.code, name).toBe(1);
      for (const message of messages) expect(result.stderr, name).toContain(message);
      expect(result.stderr, name).toContain('Nichts importiert');
      expect(result.stderr, name).not.toMatch(/\n\s+at /);
    }
    const huge = path.join(dir, 'huge.csv');
    fs.writeFileSync(huge, lines[0]!);
    fs.truncateSync(huge, 50 * 1024 * 1024);
    expect(await v2030('import', 'budget', huge, '--year', '2017', '--mapping', mapping)).toMatchObject({ code: 1, stderr: expect.stringContaining('Die Datei ist 50 MB groß') });
    expect(await h.db.budgetLine.count()).toBe(0);
    expect(await h.db.jointBudget.count()).toBe(0);
  });

  it('refuses a mapping to an unknown action field and names the mapping file, and a named column that is not there', async () => {
    const mapping = write('bad-map.csv', 'Produkt;Handlungsfeld\n1201;MOB\n14;XYZ\n');
    const result = await v2030('import', 'budget', WESEL, '--year', '2017', '--mapping', mapping);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Abgelehnt in bad-map.csv (1):\n  Zeile 3: Ein Handlungsfeld XYZ gibt es nicht. Vorhanden: ');
    expect(result.stderr).toContain('Nichts importiert');
    expect(await h.db.budgetLine.count()).toBe(0);
    const missing = await v2030('import', 'budget', WESEL, '--year', '2017', '--mapping', mapping, '--account-column', 'Konto');
    expect(missing.stderr).toContain('Die Spalte „Konto“ gibt es nicht. Vorhandene Spalten: Profitcenter | Objektnr.');
  });
});

describe('reading a large plan', () => {
  it('reports its progress every thousand lines and once at the end', async () => {
    const calls: [number, boolean][] = [];
    const plan = await readBudgetPlanFile(WESEL, { year: 2017, columns: {}, onProgress: (lines, finished) => calls.push([lines, finished]) });
    expect(plan.entries).toHaveLength(2615);
    expect(calls).toEqual([[1000, false], [2000, false], [3000, false], [4000, false], [5000, false], [5973, true]]);
  });
});
