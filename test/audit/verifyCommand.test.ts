import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/appendAudit';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { runOperatorCommand } from '../support/operatorCli';
import { asSuperuser, entry } from './chainSupport';

const now = new Date('2026-11-20T10:00:00Z');

describe.each(providers)('v2030 audit verify on %s', (provider) => {
  let h: TestDatabase;
  let tenantId: string;
  beforeEach(async () => {
    h = await freshDatabase(provider);
    tenantId = (await h.db.tenant.create({ data: { slug: 'pruef', name: 'Prüfstadt', createdAt: now } })).id;
    for (let i = 0; i < 3; i++) await h.db.$transaction((tx) => appendAudit(tx, entry(tenantId, i, now)));
  });
  afterEach(async () => h.drop());

  it('says the chain is intact with its end, checks a noted end, and names a deleted row with exit code 1', async () => {
    const env = { DATABASE_URL: h.target.url };
    const ok = await runOperatorCommand(['audit', 'verify', '--tenant', 'pruef'], env);
    expect(ok.code).toBe(0);
    const head = await h.db.auditHead.findUniqueOrThrow({ where: { tenantId } });
    expect(ok.stdout).toContain(`Prüfstadt (pruef): 3 Einträge geprüft, die Kette ist unverändert. Ende der Kette: Nr. 3, Hash ${head.hash}`);
    const anchored = await runOperatorCommand(['audit', 'verify', '--anchor', `3:${head.hash}`], env);
    expect(anchored).toMatchObject({ code: 0 });
    expect(anchored.stdout).toContain('Das notierte Kettenende Nr. 3 steht unverändert in der Kette.');

    await asSuperuser(h, (tx) => tx.auditLog.deleteMany({ where: { seq: 2 } }));
    const broken = await runOperatorCommand(['audit', 'verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('Prüfstadt (pruef): Kette gebrochen – ab Eintrag Nr. 2 fehlen Einträge (gelöscht).');
    const bad = await runOperatorCommand(['audit', 'verify', '--anchor', 'x'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('„x“ ist kein Kettenende');
  });
});
