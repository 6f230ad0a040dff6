import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedDemo } from '../../src/demo/seedDemo';
import { databaseTemplate, freshDatabase, providers, type DatabaseTemplate, type TestDatabase } from '../support/databases';
import { runOperatorCommand } from '../support/operatorCli';

describe.each(providers)('v2030 tenant create, v2030 template and import measures|kpis|values (%s)', (provider) => {
  let demo: DatabaseTemplate;
  let h: TestDatabase;
  let dir: string;
  const v2030 = (...args: string[]) => runOperatorCommand(args, { DATABASE_URL: h.target.url, V2030_TENANT: 'demo' });
  const file = (name: string) => path.join(dir, `${provider}-${name}`);
  const tenantId = async (slug: string) => (await h.db.tenant.findUniqueOrThrow({ where: { slug } })).id;
  beforeAll(async () => {
    demo = await databaseTemplate(provider, (db) => seedDemo(db, { now: new Date() }));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-records-'));
  });
  afterAll(async () => {
    await demo?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    h = await freshDatabase(provider, demo);
  });
  afterEach(async () => h.drop());

  it("creates a municipality and round-trips the demo's measures, KPIs and values into it; importing again changes nothing", async () => {
    expect(await v2030('tenant', 'create', '--slug', 'neustadt', '--name', 'Stadt Neustadt')).toMatchObject({ code: 0, stdout: expect.stringContaining('Kommune Stadt Neustadt (neustadt) angelegt.') });
    expect(await v2030('tenant', 'create', '--slug', 'neustadt', '--name', 'Noch eine')).toMatchObject({ code: 1, stderr: 'Eine Kommune mit dem Kurznamen neustadt gibt es schon.\n' });
    expect((await v2030('tenant', 'create', '--slug', 'Neu Stadt', '--name', 'X')).stderr).toContain('„Neu Stadt“ ist kein Kurzname');
    expect((await v2030('tenant', 'list')).stdout).toBe('demo\tMusterstadt (Demo)\tde\tEurope/Berlin\nneustadt\tStadt Neustadt\tde\tEurope/Berlin\n');

    for (const kind of ['strategy', 'measures', 'kpis', 'values']) expect((await v2030('template', kind, file(`${kind}.csv`))).code).toBe(0);
    expect(fs.readFileSync(file('kpis.csv'), 'utf8')).toContain('Code;Name;Name englisch;Einheit;Richtung;Turnus');
    expect((await v2030('import', 'strategy', file('strategy.csv'), '--tenant', 'neustadt')).code).toBe(0);

    const dry = await v2030('import', 'measures', file('measures.csv'), '--tenant', 'neustadt', '--dry-run');
    expect(dry).toMatchObject({ code: 0, stderr: '', stdout: 'Maßnahmen: 30 neu, 0 geändert, 0 unverändert.\nProbelauf: nichts geschrieben.\n' });
    expect(await h.db.measure.count({ where: { tenantId: await tenantId('neustadt') } })).toBe(0);

    expect(await v2030('import', 'measures', file('measures.csv'), '--tenant', 'neustadt')).toMatchObject({ code: 0, stderr: '', stdout: 'Maßnahmen: 30 neu, 0 geändert, 0 unverändert.\nImportiert.\n' });
    expect(await v2030('import', 'kpis', file('kpis.csv'), '--tenant', 'neustadt')).toMatchObject({ code: 0, stderr: '', stdout: 'Kennzahlen: 21 neu, 0 geändert, 0 unverändert.\nImportiert.\n' });
    expect(await v2030('import', 'values', file('values.csv'), '--tenant', 'neustadt')).toMatchObject({ code: 0, stderr: '', stdout: 'Kennzahlwerte: 216 neu, 0 geändert, 0 unverändert.\nImportiert.\n' });

    // The same data: the municipality's templates equal the demo's, line by line.
    for (const kind of ['measures', 'kpis', 'values']) {
      await v2030('template', kind, file(`${kind}-neustadt.csv`), '--tenant', 'neustadt');
      expect(fs.readFileSync(file(`${kind}-neustadt.csv`), 'utf8')).toBe(fs.readFileSync(file(`${kind}.csv`), 'utf8'));
    }
    const neustadt = await tenantId('neustadt');
    const m3 = await h.db.measure.findFirstOrThrow({ where: { tenantId: neustadt, code: 'M-3' }, select: { responsible: { select: { email: true } }, team: { select: { actionField: { select: { code: true } } } } } });
    expect(m3).toEqual({ responsible: { email: 'markus.schneider@musterstadt.de' }, team: { actionField: { code: 'MOB' } } });
    expect(await h.db.kpiTarget.count({ where: { tenantId: neustadt } })).toBe(await h.db.kpiTarget.count({ where: { tenantId: await tenantId('demo') } }));
    expect(await h.db.kpiValueRevision.count({ where: { tenantId: neustadt } })).toBe(216);

    const audits = await h.db.auditLog.count();
    for (const [kind, counts] of [['measures', 'Maßnahmen: 0 neu, 0 geändert, 30 unverändert.'], ['kpis', 'Kennzahlen: 0 neu, 0 geändert, 21 unverändert.'], ['values', 'Kennzahlwerte: 0 neu, 0 geändert, 216 unverändert.']]) {
      expect(await v2030('import', kind!, file(`${kind}.csv`), '--tenant', 'neustadt')).toMatchObject({ code: 0, stdout: `${counts}\nNichts zu tun: Alle Zeilen sind schon so importiert.\n` });
    }
    expect(await h.db.auditLog.count()).toBe(audits);
  });

  it('reports changed rows and applies them only with --update: a due date, a target, a value (as a new revision)', async () => {
    await v2030('template', 'measures', file('m.csv'));
    await v2030('template', 'kpis', file('k.csv'));
    await v2030('template', 'values', file('v.csv'));
    const demoId = await tenantId('demo');
    const m12 = fs.readFileSync(file('m.csv'), 'utf8').split('\r\n').find((l) => l.startsWith('M-12;'))!;
    const due = m12.split(';')[7]!;
    fs.writeFileSync(file('m.csv'), fs.readFileSync(file('m.csv'), 'utf8').replace(m12, m12.replace(`;${due};`, ';31.12.2030;')));
    const reported = await v2030('import', 'measures', file('m.csv'));
    expect(reported.stdout).toMatch(/Maßnahmen: 0 neu, 1 geändert, 29 unverändert\.\nGeänderte Zeilen:\n {2}Zeile \d+: Maßnahmen M-12\nGeänderte Zeilen bleiben, wie sie sind; mit --update werden sie übernommen\./);
    await v2030('import', 'measures', file('m.csv'), '--update');
    const measure = await h.db.measure.findFirstOrThrow({ where: { tenantId: demoId, code: 'M-12' }, select: { dueDate: true, progress: true } });
    expect(measure.dueDate).toEqual(new Date('2030-12-30T23:00:00Z'));
    expect(measure.progress).toBeGreaterThan(0);

    const kpis = fs.readFileSync(file('k.csv'), 'utf8');
    const co2 = kpis.split('\r\n').find((l) => l.startsWith('CO2-1;'))!;
    fs.writeFileSync(file('k.csv'), kpis.replace(co2, co2.replace(/;4,5\r?$|;4,5$/, ';4')));
    expect((await v2030('import', 'kpis', file('k.csv'))).stdout).toContain('Kennzahlen: 0 neu, 1 geändert, 20 unverändert.');
    await v2030('import', 'kpis', file('k.csv'), '--update');
    const target2030 = await h.db.kpiTarget.findFirstOrThrow({ where: { tenantId: demoId, year: 2030, kpi: { code: 'CO2-1' } } });
    expect(target2030.value.toString()).toBe('4');

    const values = fs.readFileSync(file('v.csv'), 'utf8');
    const first = values.split('\r\n').find((l) => l.startsWith('MOB-2;'))!;
    const [, period] = first.split(';');
    fs.writeFileSync(file('v.csv'), values.replace(first, `MOB-2;${period};99;korrigiert nach Zählung;`));
    expect(await v2030('import', 'values', file('v.csv'), '--dry-run')).toMatchObject({ code: 0, stdout: expect.stringContaining('Kennzahlwerte: 0 neu, 1 geändert, 215 unverändert.') });
    expect(await v2030('import', 'values', file('v.csv'), '--update')).toMatchObject({ code: 0, stdout: expect.stringContaining('Importiert.') });
    const value = await h.db.kpiValue.findFirstOrThrow({ where: { tenantId: demoId, period, kpi: { code: 'MOB-2' } }, include: { revisions: { orderBy: { revision: 'asc' } } } });
    expect({ value: value.value.toString(), note: value.note, revision: value.revision }).toEqual({ value: '99', note: 'korrigiert nach Zählung', revision: 2 });
    expect(value.revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(await h.db.auditLog.count({ where: { action: { in: ['measures.import', 'kpis.import', 'kpi_values.import'] } } })).toBe(3);
  });

  it('refuses broken rows with line, column and reason (German and English) and imports nothing of the file', async () => {
    fs.writeFileSync(
      file('broken-measures.csv'),
      [
        'Code;Titel;Handlungsfeld;Operatives Ziel;Verantwortlich (E-Mail);Beginn;Fällig',
        'M-90;Gültige Maßnahme;KLI;KLI-O1;;01.02.2026;31.12.2026',
        'M-91;Falsches Ziel;KLI;MOB-O1;;;',
        'M-92;Datum;KLI;;;31.02.2026;',
        'M-93;Unbekannt;KLI;;niemand@example.org;;',
        'M-90;Doppelt;KLI;;;;',
        'M-94;;KLI;;;;',
      ].join('\n'),
    );
    const refused = await v2030('import', 'measures', file('broken-measures.csv'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      [
        `Abgelehnt in ${provider}-broken-measures.csv (5):`,
        '  Zeile 3, Spalte „Operatives Ziel“: Das operative Ziel MOB-O1 gehört zum Handlungsfeld MOB.',
        '  Zeile 4, Spalte „Beginn“: „31.02.2026“ ist kein Datum. Beispiel: 31.03.2026 oder 2026-03-31',
        '  Zeile 5, Spalte „Verantwortlich (E-Mail)“: niemand@example.org ist keine Person der Kommune. Legen Sie sie als Kernteam-Mitglied an (v2030 import strategy).',
        '  Zeile 6: M-90 steht schon in einer früheren Zeile.',
        '  Zeile 7, Spalte „Titel“: Die Zelle ist leer.',
        'Nichts importiert: Bitte korrigieren Sie die abgelehnten Zeilen und starten Sie den Import erneut.',
        '',
      ].join('\n'),
    );
    expect(await h.db.measure.count({ where: { code: 'M-90' } })).toBe(0);

    const revisions = await h.db.kpiValueRevision.count();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Werte');
    sheet.addRows([['KPI', 'period', 'value'], ['CO2-1', '2024', 7.1], ['CO2-1', '2025-Q2', 7], ['MOB-4', '2025-07', 'viel'], ['XYZ-9', '2025', 1], ['KLI-1', '2025', 130], ['KLI-1', '2099', 40]]);
    await workbook.xlsx.writeFile(file('values.xlsx'));
    vi.resetModules(); // the CLI picks its language when it is loaded
    const english = await runOperatorCommand(['import', 'values', file('values.xlsx')], { DATABASE_URL: h.target.url, V2030_TENANT: 'demo', LANG: 'en_US.UTF-8' });
    vi.resetModules();
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('Line 3, column "period": CO2-1 is recorded yearly');
    expect(english.stderr).toContain('Line 4, column "value": “viel” is not a valid number');
    expect(english.stderr).toContain('Line 5, column "KPI": There is no KPI XYZ-9.');
    expect(english.stderr).toContain('Line 6, column "value": 130 % is not possible for KLI-1');
    expect(english.stderr).toContain('Line 7, column "period": The period 2099 has not begun yet.');
    expect(english.stderr).toContain('Nothing imported');
    expect(await h.db.kpiValueRevision.count()).toBe(revisions);
    expect(await h.db.auditLog.count({ where: { action: 'kpi_values.import' } })).toBe(0);
  });
});
