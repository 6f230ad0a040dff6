import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectDigest } from '../../src/digest/collectDigest';
import { digestMessages } from '../../src/digest/digestView';
import { parsePeriod } from '../../src/domain/period';
import { translator } from '../../src/i18n';
import type { Message } from '../../src/messages/model';
import type { Tenant } from '../../src/tenancy/tenant';
import { recordKpiValue } from '../../src/usecases/kpis/recordKpiValue';
import { logProgress } from '../../src/usecases/measures/logProgress';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { contextFor, seedSmallTown } from '../support/fixtures';

const friday = new Date('2026-11-27T11:00:00Z'); // 12:00 in Berlin
const window = { from: new Date(friday.getTime() - 7 * 86_400_000), to: friday };
const view = (locale: 'de' | 'en' = 'de') => ({ t: translator(locale), locale, zone: 'Europe/Berlin', now: friday });
const text = (messages: Message[]) => JSON.stringify(messages.map((m) => m.blocks));

describe.each(providers)('weekly digest on %s', (provider) => {
  let h: TestDatabase;
  let town: Awaited<ReturnType<typeof seedSmallTown>>;
  let tenant: Tenant;
  beforeEach(async () => {
    h = await freshDatabase(provider);
    town = await seedSmallTown(h.db, new Date('2026-11-01T10:00:00Z'));
    tenant = { id: town.tenant.id, slug: 'klein', name: 'Kleinstadt', locale: 'de', timeZone: 'Europe/Berlin' };
  });
  afterEach(async () => h.drop());

  it('reports the week’s progress, KPI values, values due and stale measures, as stored', async () => {
    const before = await contextFor(h.db, 'klein', 'max@klein.de', new Date('2026-11-10T09:00:00Z'));
    await logProgress(before, { measureCode: 'M-1', percent: 50, note: 'vor dem Berichtszeitraum' });
    await recordKpiValue(before, { kpiCode: 'CO2-1', value: '7.4', period: parsePeriod('2024') });
    const inWeek = await contextFor(h.db, 'klein', 'max@klein.de', new Date('2026-11-24T14:30:00Z'));
    await logProgress(inWeek, { measureCode: 'M-1', percent: 65, status: 'at_risk', note: 'Gerüst fehlt' });
    await recordKpiValue(inWeek, { kpiCode: 'CO2-1', value: '6.9', period: parsePeriod('2025') });

    const fields = await collectDigest(h.db, tenant, undefined, window);
    expect(fields).toHaveLength(1);
    expect(fields[0]!.progress.map((p) => [p.code, p.previousPercent, p.percent, p.status, p.note])).toEqual([['M-1', 50, 65, 'at_risk', 'Gerüst fehlt']]);
    expect(fields[0]!.kpiValues).toEqual([{ code: 'CO2-1', name: 'CO₂-Emissionen je Einwohner', nameEn: null, unit: 't', period: '2025', value: '6.9', trend: [7.4, 6.9] }]);
    expect(fields[0]!.kpisDue.map((k) => [k.code, k.overdue])).toEqual([['MOB-1', true]]);
    expect(fields[0]!.stale.map((m) => m.code)).toEqual(['M-2']);

    const messages = digestMessages(fields, window, view());
    expect(messages).toHaveLength(1);
    expect(messages[0]!.summary).toBe('Wochenbericht 20.11.2026 – 27.11.2026');
    expect(messages[0]!.audience).toBe('channel');
    const body = text(messages);
    expect(body).toContain('M-1 Dämmung Rathaus: 50 % → 65 % (im Plan → gefährdet), Max Mitglied, 24.11.2026 – Gerüst fehlt');
    expect(body).toContain('CO2-1 CO₂-Emissionen je Einwohner 2025: 6,9 t');
    expect(body).toContain('MOB-1 Anteil E-Autos: Wert für 2026-Q3 überfällig');
    expect(body).toContain('M-2 Solardach Schule (noch nie gemeldet)');
    expect(body).not.toContain('vor dem Berichtszeitraum');
    expect(text(digestMessages(fields, window, view('en')))).toContain('M-1 Dämmung Rathaus: 50 % → 65 % (on track → at risk)');
  });

  it('says in one line that there was nothing to report', async () => {
    await h.db.kpi.deleteMany();
    await h.db.measure.updateMany({ data: { status: 'done', progress: 100 } });
    const messages = digestMessages(await collectDigest(h.db, tenant, undefined, window), window, view());
    expect(messages).toEqual([
      { summary: 'Wochenbericht 20.11.2026 – 27.11.2026: In dieser Woche gab es nichts zu berichten.', audience: 'channel', blocks: [{ type: 'text', text: 'Wochenbericht 20.11.2026 – 27.11.2026: In dieser Woche gab es nichts zu berichten.' }] },
    ]);
  });

  it('splits a long digest into one message per action field', async () => {
    const field = await h.db.actionField.create({ data: { tenantId: tenant.id, code: 'MOB', name: 'Mobilität' } });
    const team = await h.db.coreTeam.create({ data: { tenantId: tenant.id, actionFieldId: field.id, name: 'Kernteam Mobilität' } });
    await h.db.teamMembership.create({ data: { tenantId: tenant.id, teamId: team.id, personId: town.max.id, validFrom: new Date('2020-01-01') } });
    const forty = Array.from({ length: 40 }, (_, i) => i);
    await h.db.kpi.createMany({ data: forty.map((i) => ({ tenantId: tenant.id, code: `MOB-${i + 10}`, name: `Kennzahl ${i}`, unit: '%', direction: 'higher_better', frequency: 'yearly', teamId: team.id })) });
    await h.db.measure.createMany({ data: forty.map((i) => ({ tenantId: tenant.id, code: `M-${i + 10}`, title: `Maßnahme ${i}`, teamId: team.id })) });
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', new Date('2026-11-25T10:00:00Z'));
    for (let i = 0; i < 40; i++) await recordKpiValue(ctx, { kpiCode: `MOB-${i + 10}`, value: String(i), period: parsePeriod('2025') });
    const messages = digestMessages(await collectDigest(h.db, tenant, undefined, window), window, view());
    expect(messages.map((m) => m.summary)).toEqual(['Wochenbericht 20.11.2026 – 27.11.2026 · Klima', 'Wochenbericht 20.11.2026 – 27.11.2026 · Mobilität']);
    expect(messages.map((m) => m.blocks[0])).toEqual(messages.map((m) => ({ type: 'heading', text: m.summary })));
    expect(text(messages)).toContain('MOB-49 Kennzahl 39 2025: 39 %');
  });
});
