import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  classifyAccount,
  importBudgetLines,
  parseGermanAmount,
  productArea,
  readBudgetPlan,
  readChartOfAccounts,
  readProductCatalogue,
  type BudgetPlan,
  type BudgetPlanRow,
} from '../../src/import/budgetPlan';
import { WESEL_DIR } from '../../src/demo/weselPlan';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';

const HEADER = 'Profitcenter;Objektnr.;Bezeichnung;Kostenart;Kostenart Beschreibung;Ist 2015;Ist 2016;Plan 2016;Plan 2017;VE 2018;Plan 2018;Plan 2019;Plan 2020;Plan 2021;Plan 2022';

let plan: BudgetPlan;
beforeAll(() => {
  plan = readBudgetPlan(path.join(WESEL_DIR, 'hhplan2017.csv'));
});

function row(line: number): BudgetPlanRow {
  const found = plan.rows.find((r) => r.line === line);
  if (!found) throw new Error(`no row on line ${line}`);
  return found;
}

describe('German amounts', () => {
  it('are exact cents, and ambiguous or malformed ones are refused', () => {
    expect(parseGermanAmount('-22.000,00')).toBe(-2200000n);
    expect(parseGermanAmount('1.234.567,89')).toBe(123456789n);
    expect(parseGermanAmount('0,5')).toBe(50n);
    expect(parseGermanAmount('-0,01')).toBe(-1n);
    expect(parseGermanAmount('99841,46')).toBe(9984146n);
    for (const bad of ['1.500', '1,500', '12.34,00', '1.5,00', '', '-', '12,3,4', '1e3,00', '12.000']) {
      expect(parseGermanAmount(bad), bad).toBeUndefined();
    }
  });
});

describe('Wesel budget plan 2017, read as published', () => {
  it('reads all 5,972 data lines: 5,971 account rows and the closing totals line as a problem', () => {
    expect(plan.rows.length + plan.problems.length).toBe(5972);
    expect(plan.rows).toHaveLength(5971);
    expect(plan.problems).toEqual([{ line: 5973, reason: 'empty_product', detail: expect.stringContaining('Summenzeile') }]);
    expect(plan.columns).toEqual(HEADER.split(';').slice(5));
  });

  it('decodes Latin-1 umlauts and quoted fields', () => {
    expect(row(2).accountDescription).toBe('Kostenerstattung  ASG für erbrachte Leis');
    expect(row(3).accountDescription).toBe('andere sonstige ordentliche Erträge');
    expect(row(2778).productName).toBe('Rückz. Land Härtefallf. "Alle Kinder..."');
  });

  it('keeps amounts exact to the cent', () => {
    expect(row(2)).toMatchObject({ profitCenter: '10101', objectNumber: '1.100.01.01.01', productName: 'Politische Gremien', account: '44851000' });
    expect(row(2).amounts['Plan 2017']).toBe(-2200000n);
    expect(row(3).amounts['Ist 2016']).toBe(-152863n);
    expect(row(5).amounts['Plan 2017']).toBe(9984146n);
    expect(row(624).amounts['Plan 2017']).toBe(-138344842n);
  });

  it('adds up to the published totals line, to the cent', () => {
    const totals = fs.readFileSync(path.join(WESEL_DIR, 'hhplan2017.csv'), 'latin1').split('\r\n')[5972]!.split(';');
    for (const [i, column] of plan.columns.entries()) {
      const sum = plan.rows.reduce((acc, r) => acc + r.amounts[column]!, 0n);
      expect(sum, column).toBe(parseGermanAmount(totals[5 + i]!));
    }
  });

  it('classifies accounts with the chart of accounts and reports its duplicate prefix', () => {
    const chart = readChartOfAccounts(path.join(WESEL_DIR, 'kontenrahmen.csv'));
    expect(chart.categories).toHaveLength(39);
    expect(chart.problems).toEqual([{ line: 10, reason: 'duplicate_prefix', detail: expect.stringContaining('448') }]);
    expect(classifyAccount(chart, '52910000')).toMatchObject({ id: 'E12', kind: 'expense', plan: 'Ergebnisplan' });
    expect(classifyAccount(chart, '44851000')).toMatchObject({ id: 'E5', kind: 'income' });
    expect(classifyAccount(chart, '78530000')).toMatchObject({ id: 'F21', kind: 'investment', plan: 'Finanzplan (investiv)' });
    expect(classifyAccount(chart, '68100000')).toMatchObject({ kind: 'income', side: 'inv. Einzahlungen' });
    expect(classifyAccount(chart, '98110000')).toBeUndefined();
  });

  it('knows the product areas and groups', () => {
    const catalogue = readProductCatalogue(path.join(WESEL_DIR, 'liste_produkte.csv'));
    expect(catalogue.problems).toEqual([]);
    expect(catalogue.areas.size).toBe(17);
    expect(catalogue.groups.get('1201')).toBe('Verkehrsflächen und -anlagen, ÖPNV');
    expect(productArea(catalogue, '120102')).toBe('12 Verkehrsflächen und -anlagen');
    expect(productArea(catalogue, '10101')).toBe('1 Innere Verwaltung');
    expect(productArea(catalogue, 'x')).toBe('');
  });
});

describe('a broken budget plan', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-plan-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports every line it cannot map with its line number, and reads the rest', () => {
    const amounts = '0,00;0,00;0,00;1.000,00;0,00;0,00;0,00;0,00;0,00;0,00';
    const lines = [
      HEADER,
      `10101;1.100.01.01.01;Politische Gremien;52910000;Aufwendungen für Dienstleistungen;${amounts}`,
      `10101;1.100.01.01.01;Politische Gremien;52910000;zu wenige Spalten;0,00;0,00`,
      `10101;1.100.01.01.01;Politische Gremien;52910000;Betrag kaputt;0,00;0,00;0,00;12,3,4;0,00;0,00;0,00;0,00;0,00;0,00`,
      `10101;1.100.01.01.01;Politische Gremien;;ohne Kostenart;${amounts}`,
      '',
      `10101;1.100.01.01.01;"Gremien ohne Ende;52910000;offenes Anführungszeichen;${amounts}`,
      `10101;;Politische Gremien;52910000;ohne Objektnr.;${amounts}`,
      `10101;1.100.01.01.01;Politische Gremien;ABC;Konto aus Buchstaben;${amounts}`,
      `10101;1.100.01.01.01;Politische Gremien;52910000;Betrag mehrdeutig;0,00;0,00;0,00;1.500;0,00;0,00;0,00;0,00;0,00;0,00`,
      `40501;1.100.04.05.01;Stadtbücherei;52810000;Bücher;${amounts}`,
      `;;;;;${amounts}`,
    ];
    const file = path.join(dir, 'plan.csv');
    fs.writeFileSync(file, Buffer.from(lines.join('\r\n') + '\r\n', 'latin1'));

    const broken = readBudgetPlan(file);
    expect(broken.rows.map((r) => r.line)).toEqual([2, 11]);
    expect(broken.rows[1]!.productName).toBe('Stadtbücherei');
    expect(broken.rows[0]!.amounts['Plan 2017']).toBe(100000n);
    expect(broken.problems.map((p) => [p.line, p.reason])).toEqual([
      [3, 'column_count'],
      [4, 'amount'],
      [5, 'empty_account'],
      [7, 'csv_syntax'],
      [8, 'empty_product'],
      [9, 'invalid_account'],
      [10, 'amount'],
      [12, 'empty_product'],
    ]);
    expect(broken.problems[1]!.detail).toContain('Plan 2017: "12,3,4"');
    expect(broken.problems[6]!.detail).toContain('"1.500"');
  });

  it('refuses a file with an unexpected header', () => {
    const file = path.join(dir, 'header.csv');
    fs.writeFileSync(file, Buffer.from('Produkt;Konto;Betrag\r\n1;2;3,00\r\n', 'latin1'));
    const result = readBudgetPlan(file);
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([{ line: 1, reason: 'header', detail: expect.any(String) }]);
  });
});

describe.each(providers)('importing budget lines (%s)', (provider) => {
  let handle: TestDatabase | undefined;
  afterEach(async () => handle?.drop());

  it('creates products, lines and plan entries once, and reports what it cannot import', async () => {
    handle = await freshDatabase(provider);
    const { db } = handle;
    const chart = readChartOfAccounts(path.join(WESEL_DIR, 'kontenrahmen.csv'));
    const catalogue = readProductCatalogue(path.join(WESEL_DIR, 'liste_produkte.csv'));
    const tenant = await db.tenant.create({ data: { slug: 'wesel', name: 'Test' } });
    const field = await db.actionField.create({ data: { tenantId: tenant.id, code: 'MOB', name: 'Mobilität' } });
    await db.budgetYear.create({ data: { tenantId: tenant.id, year: 2026 } });
    const budget = await db.jointBudget.create({ data: { tenantId: tenant.id, actionFieldId: field.id, year: 2026, name: 'Gemeinsames Budget Mobilität 2026' } });
    const pick = (objectNumber: string, account: string) => plan.rows.find((r) => r.objectNumber === objectNumber && r.account === account)!;
    const items = [
      { row: pick('L09010200002', '52910000'), code: 'HF-MOB-01' },
      { row: pick('L09010200002', '52810000'), code: 'HF-MOB-02' },
      { row: pick('7.190074.700.400', '78530000') },
      { row: row(2) },
      { row: pick('A140101', '98110000'), code: 'KALK' },
      { row: pick('L09010200003', '52510000'), code: 'HF-MOB-01' },
    ];
    const input = { tenantId: tenant.id, jointBudgetId: budget.id, items, column: 'Plan 2017', sourceTitle: 'Haushaltsplan 2017 Stadt Wesel', chart, catalogue };

    const first = await importBudgetLines(db, input);
    expect(first.created).toEqual(['HF-MOB-01', 'HF-MOB-02', '7.190074.700.400/78530000', '1.100.01.01.01/44851000']);
    expect(first.problems.map((p) => p.reason).sort()).toEqual(['duplicate_code', 'unknown_account']);
    const lines = await db.budgetLine.findMany({ where: { tenantId: tenant.id }, orderBy: { code: 'asc' }, include: { ledger: true, product: true } });
    const byCode = new Map(lines.map((l) => [l.code, l]));
    expect(byCode.get('HF-MOB-01')).toMatchObject({
      plannedCents: 2800000n,
      kind: 'expense',
      account: '52910000',
      name: 'ÖA Fahrradfreundliche Stadt: Aufwendungen für sonstige Dienstleistung',
      source: 'Haushaltsplan 2017 Stadt Wesel, Profitcenter 90102, Kostenart 52910000, Plan 2017',
      product: { code: 'L09010200002', name: 'ÖA Fahrradfreundliche Stadt', area: '9 Räumliche Planung u. Entwicklung, Geoinf' },
    });
    expect(byCode.get('HF-MOB-01')!.ledger).toMatchObject([{ kind: 'plan', amountCents: 2800000n }]);
    expect(byCode.get('7.190074.700.400/78530000')).toMatchObject({ kind: 'investment', plannedCents: 7000000n });
    // Income is published negative; its planned amount is positive.
    expect(byCode.get('1.100.01.01.01/44851000')).toMatchObject({ kind: 'income', plannedCents: 2200000n });

    const counts = async () => [await db.budgetLine.count(), await db.budgetLedgerEntry.count(), await db.budgetProduct.count()];
    const before = await counts();
    expect(before).toEqual([4, 4, 3]);
    const second = await importBudgetLines(db, input);
    expect(second.created).toEqual([]);
    expect(second.unchanged).toHaveLength(4);
    expect(await counts()).toEqual(before);

    const changed = { ...items[0]!.row, amounts: { ...items[0]!.row.amounts, 'Plan 2017': 3000000n } };
    const third = await importBudgetLines(db, { ...input, items: [{ row: changed, code: 'HF-MOB-01' }] });
    expect(third.problems).toMatchObject([{ line: changed.line, reason: 'amount_changed' }]);
    expect((await db.budgetLine.findFirstOrThrow({ where: { code: 'HF-MOB-01' } })).plannedCents).toBe(2800000n);
    expect(await counts()).toEqual(before);
    expect(await db.auditLog.count({ where: { action: 'budget.import' } })).toBe(1);
  });
});
