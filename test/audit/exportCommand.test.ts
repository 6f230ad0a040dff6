import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/appendAudit';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { runOperatorCommand } from '../support/operatorCli';

describe.each(providers)('v2030 audit export on %s', (provider) => {
  let h: TestDatabase;
  let dir: string;
  beforeEach(async () => {
    h = await freshDatabase(provider);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-audit-'));
    const tenant = await h.db.tenant.create({ data: { slug: 'pruef', name: 'Prüfstadt', createdAt: new Date('2026-01-01T00:00:00Z') } });
    const lea = await h.db.person.create({ data: { tenantId: tenant.id, email: 'lea@pruef.de', displayName: 'Lea Lang', createdAt: new Date('2026-01-01T00:00:00Z') } });
    const max = await h.db.person.create({ data: { tenantId: tenant.id, email: 'max@pruef.de', displayName: 'Max Muster', createdAt: new Date('2026-01-01T00:00:00Z') } });
    const rows = [
      { actorId: max.id, action: 'reallocation.filed', entity: 'ReallocationRequest', entityId: 'r1', after: { number: 3, amountCents: '50000' }, createdAt: new Date('2026-03-31T22:30:00Z'), requestId: 'req-1' },
      { actorId: lea.id, action: 'reallocation.approve', entity: 'ReallocationRequest', entityId: 'r1', before: { status: 'pending' }, after: { status: 'approved', onBehalfOfId: max.id }, createdAt: new Date('2026-04-02T08:00:00Z'), requestId: 'req-2' },
      { actorId: lea.id, action: 'period.lock', entity: 'PeriodLock', entityId: 'l1', after: { period: '2026-Q1' }, createdAt: new Date('2026-04-10T08:00:00Z'), requestId: 'req-3' },
      { actorId: null, action: 'reallocation.expire', entity: 'ReallocationRequest', entityId: 'r2', after: { status: 'expired' }, createdAt: new Date('2026-05-02T08:00:00Z') },
    ];
    for (const row of rows) await h.db.$transaction((tx) => appendAudit(tx, { tenantId: tenant.id, ...row }));
  });
  afterEach(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await h.drop();
  });

  it('writes the period in German columns with names as they are now, decisions and locks included', async () => {
    const env = { DATABASE_URL: h.target.url, V2030_TENANT: 'pruef' };
    const csv = await runOperatorCommand(['audit', 'export', '--from', '01.04.2026', '--to', '2026-04-30', '--format', 'csv'], env);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('Prüfprotokoll Prüfstadt');
    expect(lines[1]).toMatch(/^"01\.04\.2026 bis 30\.04\.2026; Namen Stand .*; Hash-Kette: unverändert"$/);
    expect(lines[4]).toBe('Nr.;wann;wer;was;Objekt;vorher;nachher;Anfrage-ID');
    // 31.03. 22:30 UTC is 1 April in Berlin (summer time): in the period; 2 May is not.
    expect(lines.slice(5)).toEqual([
      '1;01.04.2026 00:30:00;Max Muster;Umschichtung beantragt (reallocation.filed);ReallocationRequest r1;;"number: 3; amountCents: 50000";req-1',
      '2;02.04.2026 10:00:00;Lea Lang;Umschichtung freigegeben (reallocation.approve);ReallocationRequest r1;status: pending;"status: approved; onBehalfOfId: Max Muster";req-2',
      '3;10.04.2026 10:00:00;Lea Lang;Zeitraum gesperrt (period.lock);PeriodLock l1;;period: 2026-Q1;req-3',
    ]);

    const out = path.join(dir, 'trail.xlsx');
    const xlsx = await runOperatorCommand(['audit', 'export', '--from', '2026-01-01', '--to', '2026-12-31', '--format', 'xlsx', '--out', out], env);
    expect(xlsx.stdout).toContain('4 Einträge von 2026-01-01 bis 2026-12-31 geschrieben');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.worksheets[0]!;
    const values = sheet.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(values.some((r) => r.includes('System (ohne Person)') && r.includes('Umschichtung abgelaufen (reallocation.expire)'))).toBe(true);
  });

  it('refuses a date it cannot read and xlsx without a file', async () => {
    const env = { DATABASE_URL: h.target.url, V2030_TENANT: 'pruef' };
    expect((await runOperatorCommand(['audit', 'export', '--from', '31.02.2026', '--to', '2026-04-30'], env)).stderr).toContain('„31.02.2026“ ist kein Datum');
    expect((await runOperatorCommand(['audit', 'export', '--from', '2026-01-01', '--to', '2026-04-30', '--format', 'xlsx'], env)).stderr).toContain('XLSX wird in eine Datei geschrieben');
  });
});
