import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client';
import { seedDemo } from '../../src/demo/seedDemo';
import { databaseTemplate, freshDatabase, providers, type DatabaseTemplate, type TestDatabase } from '../support/databases';
import { runOperatorCommand } from '../support/operatorCli';

const KINDS = ['strategy', 'measures', 'kpis', 'values'] as const;

/** What the four templates carry, in a form to compare between two municipalities. */
async function contentOf(db: Db, slug: string) {
  const { id: tenantId } = await db.tenant.findUniqueOrThrow({ where: { slug } });
  const where = { tenantId };
  return {
    fields: (await db.actionField.findMany({ where, select: { code: true, name: true } })).map((f) => `${f.code} ${f.name}`).sort(),
    goals: (await db.operationalGoal.findMany({ where, select: { code: true, title: true, sdgs: true } })).map((g) => `${g.code} ${g.title} ${g.sdgs}`).sort(),
    members: (await db.teamMembership.findMany({ where: { ...where, temporary: false }, select: { role: true, person: { select: { email: true } } } })).map((m) => `${m.person.email} ${m.role}`).sort(),
    measures: (await db.measure.findMany({ where, select: { code: true, title: true, dueDate: true, responsible: { select: { email: true } } } })).map((m) => `${m.code} ${m.title} ${m.dueDate?.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' })} ${m.responsible?.email}`).sort(),
    kpis: (await db.kpi.findMany({ where, select: { code: true, unit: true, direction: true, frequency: true, targets: { select: { year: true, value: true } } } })).map((k) => `${k.code} ${k.unit} ${k.direction} ${k.frequency} ${k.targets.map((t) => `${t.year}:${String(t.value)}`).sort().join(',')}`).sort(),
    values: await db.kpiValue.count({ where }),
  };
}

describe.each(providers)('v2030 template <kind> as XLSX and its import (%s)', (provider) => {
  let demo: DatabaseTemplate;
  let h: TestDatabase;
  let dir: string;
  const v2030 = (...args: string[]) => runOperatorCommand(args, { DATABASE_URL: h.target.url, V2030_TENANT: 'demo' });
  const file = (name: string) => path.join(dir, `${provider}-${name}`);
  beforeAll(async () => {
    demo = await databaseTemplate(provider, (db) => seedDemo(db, { now: new Date() }));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-xlsx-'));
  });
  afterAll(async () => {
    await demo?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    h = await freshDatabase(provider, demo);
    await h.db.tenant.create({ data: { slug: 'neustadt', name: 'Neustadt' } });
  });
  afterEach(async () => h.drop());

  it('writes example rows under German headers for an empty municipality, which imports them in order', async () => {
    for (const kind of KINDS) {
      const written = await v2030('template', kind, file(`beispiel-${kind}.xlsx`), '--tenant', 'neustadt');
      expect(written).toMatchObject({ code: 0, stdout: expect.stringContaining('Beispielzeilen geschrieben') });
      const imported = await v2030('import', kind, file(`beispiel-${kind}.xlsx`), '--tenant', 'neustadt');
      expect(imported, kind).toMatchObject({ code: 0, stderr: '' });
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('beispiel-measures.xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Vorlage');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Code', 'Titel', 'Handlungsfeld', 'Operatives Ziel', 'Verantwortlich (E-Mail)', 'Verantwortlich (Name)', 'Beginn', 'Fällig', 'Beschreibung']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const content = await contentOf(h.db, 'neustadt');
    expect(content).toMatchObject({ fields: ['KLI Klima und Energie'], members: ['erika.muster@beispielstadt.de lead'], values: 1 });
    expect(content.measures).toEqual([expect.stringMatching(/^M-01 PV-Anlagen auf Schuldächern 2026-12-31 erika.muster@beispielstadt.de$/)]);
    expect(content.kpis).toEqual(['PV-1 kWp higher_better yearly 2026:400,2030:1500']);

    // The municipality has rows now: the template carries them, not the examples.
    const again = await v2030('template', 'strategy', file('eigene.xlsx'), '--tenant', 'neustadt');
    expect(again.stdout).toContain('5 Zeilen der Strategie von Neustadt geschrieben.');
  });

  it("round-trips the demo's four templates as XLSX into an empty municipality; --format wins over the file name", async () => {
    for (const kind of KINDS) expect((await v2030('template', kind, file(`${kind}.xlsx`))).code).toBe(0);
    for (const kind of KINDS) expect(await v2030('import', kind, file(`${kind}.xlsx`), '--tenant', 'neustadt'), kind).toMatchObject({ code: 0, stderr: '' });
    expect(await contentOf(h.db, 'neustadt')).toEqual(await contentOf(h.db, 'demo'));
    const again = await v2030('import', 'kpis', file('kpis.xlsx'), '--tenant', 'neustadt');
    expect(again.stdout).toContain('0 neu, 0 geändert, 21 unverändert');

    expect((await v2030('template', 'values', file('values.dat'), '--format', 'xlsx')).code).toBe(0);
    expect(fs.readFileSync(file('values.dat')).subarray(0, 2).toString()).toBe('PK');
    expect((await v2030('template', 'values', file('values.txt'))).code).toBe(0);
    expect(fs.readFileSync(file('values.txt'), 'utf8')).toMatch(/^\uFEFFKennzahl;Zeitraum;Wert;Notiz;Erfasst von \(E-Mail\)\r\n/);
    expect(await v2030('template', 'values', file('values.ods'), '--format', 'ods')).toMatchObject({ code: 1, stderr: expect.stringContaining('Das Format „ods“ gibt es nicht. Möglich: csv, xlsx') });
  });
});
