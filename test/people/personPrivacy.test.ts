import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/appendAudit';
import { pseudonymEmail } from '../../src/usecases/people/privacy/erasePerson';
import { providers } from '../support/databases';
import { useSmallTown } from '../support/fixtures';
import { runOperatorCommand } from '../support/operatorCli';

const NOW = new Date('2026-06-15T08:00:00Z');

describe.each(providers)('v2030 person export and erase (%s)', (provider) => {
  const fixture = useSmallTown(provider, NOW);
  const v2030 = (args: string[]) => runOperatorCommand(args, { DATABASE_URL: fixture.h.target.url, V2030_TENANT: 'klein' });

  /** Tim left the core team; he had a Slack account, a role, reported progress, recorded a value, got a direct message and sent a command. */
  const seedTim = async () => {
    const { h, town } = fixture;
    const tenantId = town.tenant.id;
    await h.db.platformIdentity.create({ data: { tenantId, personId: town.tim.id, platform: 'slack', externalUserId: 'U-TIM' } });
    await h.db.personRole.create({ data: { tenantId, personId: town.tim.id, role: 'approver' } });
    await h.db.measureProgress.create({ data: { tenantId, measureId: town.m1.id, authorId: town.tim.id, percent: 40, status: 'on_track', previousPercent: 30, previousStatus: 'on_track', note: 'Angebot liegt vor' } });
    const value = await h.db.kpiValue.create({ data: { tenantId, kpiId: town.co2.id, period: '2025', periodEnd: new Date('2025-12-31T23:00:00Z'), value: '6.4', recordedById: town.tim.id } });
    await h.db.kpiValueRevision.create({ data: { tenantId, kpiValueId: value.id, revision: 1, value: '6.4', recordedById: town.tim.id } });
    await h.db.$transaction((tx) => appendAudit(tx, { tenantId, actorId: town.tim.id, action: 'kpi.value.recorded', entity: 'KpiValue', entityId: value.id, after: { value: '6.4' }, createdAt: NOW }));
    await h.db.outboxMessage.create({ data: { tenantId, platform: 'slack', conversationId: `person:${town.tim.id}`, personId: town.tim.id, kind: 'reminder', dedupeKey: 'rem-tim', payload: { text: 'Hallo Tim Temporär' } } });
    await h.db.conversationReference.create({ data: { tenantId, platform: 'slack', conversationId: 'D-TIM', scope: 'personal', personId: town.tim.id, reference: { user: 'U-TIM' } } });
    await h.db.inboundRequest.create({ data: { tenantId, platform: 'slack', deliveryKey: 'k-tim', payload: { userId: 'U-TIM', text: 'meine' }, status: 'done' } });
    await h.db.inboundRequest.create({ data: { tenantId, platform: 'slack', deliveryKey: 'k-lea', payload: { userId: 'U-LEA', text: 'meine' }, status: 'done' } });
  };

  const exportOf = async (email: string) => {
    const dir = await mkdtemp(join(tmpdir(), 'v2030-person-'));
    try {
      const result = await v2030(['person', 'export', email, '--out', dir]);
      expect(result, result.stderr).toMatchObject({ code: 0, stdout: expect.stringContaining('16 Dateien') });
      const files = (await readdir(dir)).sort();
      const json = JSON.parse(await readFile(join(dir, 'person.json'), 'utf8')) as Record<string, unknown[]>;
      return { files, json, text: JSON.stringify(json), profileCsv: await readFile(join(dir, 'profile.csv'), 'utf8') };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  it('exports everything stored about a person as JSON and one CSV per area', async () => {
    await seedTim();
    const out = await exportOf('TIM@klein.de');
    expect(out.files).toContain('person.json');
    expect(out.files).toContain('identities.csv');
    expect(out.json.profile).toMatchObject([{ email: 'tim@klein.de', displayName: 'Tim Temporär', active: true }]);
    expect(out.json.identities).toEqual(expect.arrayContaining([expect.objectContaining({ platform: 'slack', externalUserId: 'U-TIM' })]));
    expect(out.json.roles).toEqual([{ role: 'approver', scope: '' }]);
    expect(out.json.memberships).toMatchObject([{ field: 'KLI', temporary: true }]);
    expect(out.json.progress).toMatchObject([{ measure: 'M-1', percent: 40, note: 'Angebot liegt vor' }]);
    expect(out.json.kpiValues).toMatchObject([{ kpi: 'CO2-1', period: '2025', value: '6.4' }]);
    expect(out.json.directMessages).toHaveLength(1);
    expect(out.json.audit).toMatchObject([{ action: 'kpi.value.recorded' }]);
    expect(out.profileCsv.startsWith('\uFEFFid;email;displayName;')).toBe(true);
    expect(await v2030(['person', 'export', 'nobody@klein.de'])).toMatchObject({ code: 1, stderr: expect.stringContaining('Eine Person mit der E-Mail nobody@klein.de gibt es') });
  });

  it('lists in a dry run what erasure would do and why, and changes nothing', async () => {
    await seedTim();
    const dry = await v2030(['person', 'erase', 'tim@klein.de', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Probelauf für tim@klein.de — nichts wurde geändert.');
    expect(dry.stdout).toContain('- löschen: verknüpfte Chat-Konten (2) — keine Aufbewahrungspflicht');
    expect(dry.stdout).toContain('- behalten: erfasste Kennzahlwerte (1) — Werte der Kennzahlen für Berichte');
    expect(dry.stdout).toContain('- pseudonymisieren: Name, E-Mail, Sprache, Fachbereich (1)');
    expect(await fixture.h.db.platformIdentity.count({ where: { personId: fixture.town.tim.id } })).toBe(2);
    expect((await fixture.h.db.person.findUniqueOrThrow({ where: { id: fixture.town.tim.id } })).email).toBe('tim@klein.de');
  });

  it('refuses to erase a person who is still responsible, naming what to hand over first', async () => {
    const refused = await v2030(['person', 'erase', 'max@klein.de']);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('Maßnahmen: M-1; Kernteams: KLI') });
    expect(refused.stderr).toContain('v2030 person leave');
    expect((await v2030(['person', 'erase', 'max@klein.de', '--dry-run'])).stdout).toContain('Vorher nötig:');
    expect(await fixture.h.db.platformIdentity.count({ where: { personId: fixture.town.max.id } })).toBe(1);
  });

  it('round trip: after erasure the export shows only what must remain, and audit rows are untouched', async () => {
    await seedTim();
    const { h, town } = fixture;
    const auditBefore = await h.db.auditLog.findMany({ orderBy: { id: 'asc' } });
    const erased = await v2030(['person', 'erase', 'tim@klein.de']);
    expect(erased, erased.stderr).toMatchObject({ code: 0 });
    const pseudonym = pseudonymEmail(town.tim.id);
    expect(erased.stdout).toContain(`die Person heißt jetzt „Gelöschte Person ${town.tim.id.slice(-6)}“ (${pseudonym})`);

    const out = await exportOf(pseudonym);
    for (const gone of ['tim@klein.de', 'Tim Temporär', 'U-TIM', 'D-TIM']) expect(out.text).not.toContain(gone);
    expect(out.json.profile).toMatchObject([{ email: pseudonym, active: false, locale: null }]);
    for (const section of ['identities', 'conversations', 'roles', 'memberships', 'directMessages']) expect(out.json[section], section).toEqual([]);
    // What a retention duty keeps stays, attributed to the pseudonym's id.
    expect(out.json.progress).toMatchObject([{ measure: 'M-1', note: 'Angebot liegt vor' }]);
    expect(out.json.kpiValues).toHaveLength(1);
    expect(out.json.audit).toMatchObject([{ action: 'kpi.value.recorded' }]);

    const auditAfter = await h.db.auditLog.findMany({ orderBy: { id: 'asc' } });
    expect(auditAfter.filter((a) => a.action !== 'person.erased')).toEqual(auditBefore);
    expect(auditAfter.find((a) => a.action === 'person.erased')).toMatchObject({ actorId: null, entityId: town.tim.id });
    expect(JSON.stringify(auditAfter)).not.toContain('tim@klein.de');
    expect((await h.db.inboundRequest.findMany({ select: { deliveryKey: true } })).map((r) => r.deliveryKey)).toEqual(['k-lea']);
    expect(await v2030(['person', 'export', 'tim@klein.de'])).toMatchObject({ code: 1 });
    // The audit chain still verifies: erasure changed no audit row.
    const verified = await v2030(['audit', 'verify']);
    expect(verified, verified.stdout + verified.stderr).toMatchObject({ code: 0, stdout: expect.stringContaining('die Kette ist unverändert') });
  });
});
