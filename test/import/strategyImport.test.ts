import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client';
import { seedDemo } from '../../src/demo/seedDemo';
import { WESEL_DIR } from '../../src/demo/weselPlan';
import { databaseTemplate, freshDatabase, providers, type DatabaseTemplate, type TestDatabase } from '../support/databases';
import { runOperatorCommand } from '../support/operatorCli';
import { readStrategyFile } from '../../src/import/strategy/strategyRows';
import { importStrategy } from '../../src/usecases/import/importStrategy';

/** What the strategy template carries, in a form to compare between two municipalities. */
async function strategyOf(db: Db, slug: string) {
  const { id: tenantId } = await db.tenant.findUniqueOrThrow({ where: { slug } });
  const fields = await db.actionField.findMany({ where: { tenantId }, select: { code: true, name: true, description: true, team: { select: { name: true } } }, orderBy: { code: 'asc' } });
  const strategic = await db.strategicGoal.findMany({ where: { tenantId }, select: { code: true, title: true, sdgs: true, actionField: { select: { code: true } } }, orderBy: { code: 'asc' } });
  const operational = await db.operationalGoal.findMany({ where: { tenantId }, select: { code: true, title: true, sdgs: true, strategicGoal: { select: { code: true } } }, orderBy: { code: 'asc' } });
  const members = await db.teamMembership.findMany({
    where: { tenantId, temporary: false },
    select: { role: true, person: { select: { email: true, displayName: true } }, team: { select: { actionField: { select: { code: true } } } } },
  });
  const memberList = members.map((m) => `${m.team.actionField.code} ${m.person.email} ${m.person.displayName} ${m.role}`).sort();
  return { fields, strategic, operational, members: memberList };
}

describe.each(providers)('v2030 template strategy and v2030 import strategy (%s)', (provider) => {
  let demo: DatabaseTemplate;
  let h: TestDatabase;
  let dir: string;
  const v2030 = (tenant: string, ...args: string[]) => runOperatorCommand(args, { DATABASE_URL: h.target.url, V2030_TENANT: tenant });
  beforeAll(async () => {
    demo = await databaseTemplate(provider, (db) => seedDemo(db, { now: new Date() }));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-strategy-'));
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

  it("round-trips the demo's strategy into an empty municipality, which then imports Wesel's plan into its fields", async () => {
    const file = path.join(dir, `strategie-${provider}.csv`);
    expect(await v2030('demo', 'template', 'strategy', file)).toMatchObject({ code: 0, stdout: expect.stringContaining('73 Zeilen der Strategie von Musterstadt') });

    const dry = await v2030('neustadt', 'import', 'strategy', file, '--dry-run');
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(dry.stdout).toContain('Handlungsfelder: 6 neu, 0 geändert, 0 unverändert.');
    expect(dry.stdout).toContain('Probelauf: nichts geschrieben.');
    expect((await strategyOf(h.db, 'neustadt')).fields).toEqual([]);

    const imported = await v2030('neustadt', 'import', 'strategy', file);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toContain('Operative Ziele: 28 neu');
    expect(imported.stdout).toContain('Kernteam-Mitglieder: 21 neu');
    expect(await strategyOf(h.db, 'neustadt')).toEqual(await strategyOf(h.db, 'demo'));

    const audits = await h.db.auditLog.count();
    const again = await v2030('neustadt', 'import', 'strategy', file);
    expect(again.stdout).toContain('Kernteam-Mitglieder: 0 neu, 0 geändert, 21 unverändert.');
    expect(await h.db.auditLog.count()).toBe(audits);

    const mapping = path.join(dir, `zuordnung-${provider}.csv`);
    fs.writeFileSync(mapping, 'Produkt;Handlungsfeld\n1201;MOB\n14;KLI\n');
    const budget = await v2030('neustadt', 'import', 'budget', path.join(WESEL_DIR, 'hhplan2017.csv'), '--year', '2026', '--amount-column', 'Plan 2017', '--mapping', mapping);
    expect(budget).toMatchObject({ code: 0, stderr: '' });
    const { id: tenantId } = await h.db.tenant.findUniqueOrThrow({ where: { slug: 'neustadt' } });
    expect((await h.db.jointBudget.findMany({ where: { tenantId }, select: { actionField: { select: { code: true } } } })).map((b) => b.actionField.code).sort()).toEqual(['KLI', 'MOB']);
    const mob = await h.db.jointBudget.findFirstOrThrow({ where: { tenantId, actionField: { code: 'MOB' } }, select: { ownerId: true } });
    const lead = await h.db.teamMembership.findFirstOrThrow({ where: { tenantId, role: 'lead', team: { actionField: { code: 'MOB' } } }, select: { personId: true } });
    expect(mob.ownerId).toBe(lead.personId);
  });

  it('reports changed rows, applies them only with --update, and refuses broken rows without importing anything', async () => {
    const file = path.join(dir, `strategie-change-${provider}.csv`);
    await v2030('demo', 'template', 'strategy', file);
    const changed = fs.readFileSync(file, 'utf8').replace('Tempo 30 in allen Wohngebieten;MOB-S2;3,11', 'Tempo 30 in allen Wohn- und Schulstraßen;MOB-S2;3,11,13');
    fs.writeFileSync(file, changed);
    const reported = await v2030('demo', 'import', 'strategy', file);
    expect(reported.stdout).toMatch(/Zeile \d+: Operative Ziele MOB-O5/);
    expect(reported.stdout).toContain('mit --update werden sie übernommen');
    expect(await h.db.operationalGoal.findFirst({ where: { code: 'MOB-O5' }, select: { title: true } })).toEqual({ title: 'Tempo 30 in allen Wohngebieten' });
    await v2030('demo', 'import', 'strategy', file, '--update');
    expect(await h.db.operationalGoal.findFirst({ where: { code: 'MOB-O5' }, select: { title: true, sdgs: true } })).toEqual({ title: 'Tempo 30 in allen Wohn- und Schulstraßen', sdgs: '3,11,13' });

    const broken = path.join(dir, `strategie-broken-${provider}.csv`);
    fs.writeFileSync(
      broken,
      [
        'Art;Code;Name;Gehört zu;SDGs;E-Mail;Rolle',
        'Handlungsfeld;ENE;Energie;;;;',
        'Strategisches Ziel;ENE-S1;Erneuerbar bis 2035;ENE;7,18;;',
        'Operatives Ziel;ENE-O1;Solardächer;ENE-S9;7;;',
        'Mitglied;;Eva Energie;ENE;;eva-at-example;Mitglied',
        'Aufgabe;X;Irgendwas;ENE;;;',
      ].join('\n'),
    );
    const refused = await v2030('neustadt', 'import', 'strategy', broken);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Zeile 3, Spalte „SDGs“: „7,18“ sind keine SDGs');
    expect(refused.stderr).toContain('Zeile 5, Spalte „E-Mail“: „eva-at-example“ ist keine E-Mail-Adresse.');
    expect(refused.stderr).toContain('Zeile 6, Spalte „Art“: „Aufgabe“ ist keine Zeilenart.');
    // The rows that could be read are checked against the municipality in the same run.
    expect(refused.stderr).toContain('Zeile 4, Spalte „Gehört zu“: ENE-S9 gibt es weder in der Datei noch in der Kommune.');
    expect(refused.stderr).toContain(`Abgelehnt in strategie-broken-${provider}.csv (4):`);
    const parentMissing = path.join(dir, `strategie-parent-${provider}.csv`);
    fs.writeFileSync(parentMissing, 'Art;Code;Name;Gehört zu;SDGs\nHandlungsfeld;ENE;Energie;;\nOperatives Ziel;ENE-O1;Solardächer;ENE-S9;7\n');
    expect((await v2030('neustadt', 'import', 'strategy', parentMissing)).stderr).toContain('Zeile 3, Spalte „Gehört zu“: ENE-S9 gibt es weder in der Datei noch in der Kommune.');
    const { id: tenantId } = await h.db.tenant.findUniqueOrThrow({ where: { slug: 'neustadt' } });
    expect(await h.db.actionField.count({ where: { tenantId } })).toBe(0);
  });

  it('reports every refused line of a file in one run, in line order, and writes nothing', async () => {
    const file = path.join(dir, `strategie-many-${provider}.csv`);
    fs.writeFileSync(
      file,
      [
        'Art;Code;Name;Gehört zu;SDGs;E-Mail;Rolle',
        'Handlungsfeld;ENE;Energie;;;;',
        'Strategisches Ziel;ENE-S1;;ENE;7;;', // no title
        'Operatives Ziel;ENE-O1;Solardächer;ENE-S1;7;;', // its parent was refused above: not refused again
        'Operatives Ziel;ENE-O2;Windkraft;ENE-S7;7;;', // unknown parent
        'Handlungsfeld;ENE;Energie doppelt;;;;', // duplicate
        'Mitglied;;Eva Energie;ENE;;eva@example.org;Chefin', // unknown role
        'Mitglied;;Otto Wind;WIN;;otto@example.org;Mitglied', // unknown field
        'Strategisches Ziel;ENE-S2;Speicher;ENE;99;;', // not an SDG
      ].join('\n'),
    );
    const { id: tenantId } = await h.db.tenant.findUniqueOrThrow({ where: { slug: 'neustadt' } });
    const read = await readStrategyFile(file);
    const report = await importStrategy(h.db, { tenantId, rows: read.rows, refused: read.refused, refusedCodes: read.refusedCodes, dryRun: false, update: false, sourceTitle: 'strategie.csv', now: new Date() });
    expect(report.applied).toBe(false);
    expect(report.refused.map((r) => [r.line, r.column, r.messageKey])).toEqual([
      [3, 'Name', 'import:emptyCell'],
      [5, 'Gehört zu', 'import:unknownParent'],
      [6, undefined, 'import:duplicateRow'],
      [7, 'Rolle', 'import:invalidRole'],
      [8, 'Gehört zu', 'import:unknownParent'],
      [9, 'SDGs', 'import:invalidSdgs'],
    ]);
    expect(report.counts.field.created).toBe(1);
    expect(await h.db.actionField.count({ where: { tenantId } })).toBe(0);
    expect(await h.db.person.count({ where: { tenantId } })).toBe(0);
    expect(await h.db.auditLog.count({ where: { tenantId } })).toBe(0);

    const cli = await v2030('neustadt', 'import', 'strategy', file);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`Abgelehnt in strategie-many-${provider}.csv (6):`);
    expect(cli.stderr.indexOf('Zeile 3,')).toBeLessThan(cli.stderr.indexOf('Zeile 9,'));
  });
});
