import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot';
import { fixedClock } from '../../src/clock';
import { collectDigest } from '../../src/digest/collectDigest';
import { digestMessages } from '../../src/digest/digestView';
import { DEMO_LEAD_EMAIL, DEMO_TENANT_SLUG, DEMO_TREASURER_EMAIL, DEMO_USER_EMAIL, seedDemo } from '../../src/demo/seedDemo';
import { translator, type Locale } from '../../src/i18n';
import type { Message } from '../../src/messages/model';
import { dueReminders } from '../../src/reminders/dueReminders';
import { resolveTenant } from '../../src/tenancy/tenant';
import { alertsFiredMessage } from '../../src/views/alertViews';
import { reminderMessage } from '../../src/views/reminderView';
import { databaseTemplate, freshDatabase, providers, type DatabaseTemplate, type TestDatabase } from '../support/databases';
import { capturingLogger } from '../support/logs';

const NOW = new Date('2026-11-20T10:00:00Z');
const text = (m: Message | Message[]) => JSON.stringify(m);
const view = (locale: Locale) => ({ t: translator(locale), locale, zone: 'Europe/Berlin', now: NOW });

// Issue 10, item 11: action fields and KPIs are named in English for English readers where the municipality gave an English name.
describe.each(providers)('names of action fields and KPIs in the reader’s language (%s)', (provider) => {
  let demo: DatabaseTemplate;
  let h: TestDatabase;
  let bot: Bot;
  let n = 0;
  const ask = async (userId: string, line: string, locale: Locale) =>
    text(await bot.handleText({ platform: 'console', tenant: { slug: DEMO_TENANT_SLUG }, userId, text: line, requestId: `names-${++n}`, locale }));

  beforeAll(async () => {
    demo = await databaseTemplate(provider, (db) => seedDemo(db, { now: NOW }));
    h = await freshDatabase(provider, demo);
    bot = createBot({ db: h.db, clock: fixedClock(NOW), logger: capturingLogger().logger });
  });
  afterAll(async () => {
    await h?.drop();
    await demo?.drop();
  });

  it('heads the joint budget with the field’s English name, and the German one in German', async () => {
    const en = await ask(DEMO_TREASURER_EMAIL, 'budget MOB', 'en');
    expect(en).toContain('Joint budget Mobility 2026');
    expect(en).not.toContain('Gemeinsames Budget');
    expect(await ask(DEMO_TREASURER_EMAIL, 'budget mobility', 'en')).toContain('Joint budget Mobility 2026');
    expect(await ask(DEMO_TREASURER_EMAIL, 'budget MOB', 'de')).toContain('Gemeinsames Budget Mobilität 2026');
  });

  it('names the KPI, the measure’s field and the due KPIs in the reader’s language', async () => {
    const kpiEn = await ask(DEMO_USER_EMAIL, 'kpi CO2-1', 'en');
    expect(kpiEn).toContain('CO2 emissions per inhabitant');
    expect(kpiEn).not.toContain('CO2-Emissionen je Einwohner');
    expect(await ask(DEMO_USER_EMAIL, 'kennzahl CO2-1', 'de')).toContain('CO2-Emissionen je Einwohner');

    const measureEn = await ask(DEMO_USER_EMAIL, 'measure M-12', 'en');
    expect(measureEn).toContain('{"label":"Action field","value":"Climate and energy"}');
    expect(await ask(DEMO_USER_EMAIL, 'massnahme M-12', 'de')).toContain('{"label":"Handlungsfeld","value":"Klima und Energie"}');
  });

  it('names fields and KPIs in the in-year report in the reader’s language', async () => {
    const en = await ask(DEMO_LEAD_EMAIL, 'report KLI Q3/2026', 'en');
    expect(en).toContain('KLI Climate and energy');
    expect(en).toContain('CO2 emissions per inhabitant');
    expect(en).not.toContain('Klima und Energie');
    const de = await ask(DEMO_LEAD_EMAIL, 'bericht KLI Q3/2026', 'de');
    expect(de).toContain('KLI Klima und Energie');
    expect(de).toContain('CO2-Emissionen je Einwohner');
  });

  it('names fields and KPIs in the digest, the reminders and the alerts in the reader’s language', async () => {
    const tenant = await resolveTenant(h.db, { slug: DEMO_TENANT_SLUG }, fixedClock(NOW));
    const window = { from: new Date(NOW.getTime() - 7 * 86_400_000), to: NOW };
    const fields = await collectDigest(h.db, tenant, undefined, window);
    const digestEn = text(digestMessages(fields, window, view('en')));
    expect(digestEn).toContain('Climate and energy');
    expect(digestEn).not.toContain('Klima und Energie');
    expect(text(digestMessages(fields, window, view('de')))).toContain('Klima und Energie');

    // An overdue value in the weekly reminder, as `dueReminders` reads it once KLI-2's latest quarter is missing.
    await h.db.kpiValue.deleteMany({ where: { kpi: { code: 'KLI-2' } } });
    const lead = await h.db.person.findFirstOrThrow({ where: { tenantId: tenant.id, email: DEMO_LEAD_EMAIL } });
    await h.db.platformIdentity.create({ data: { tenantId: tenant.id, personId: lead.id, platform: 'slack', externalUserId: 'U-LEAD' } });
    const due = (await dueReminders(h.db, tenant.id, NOW, tenant.timeZone)).flatMap((r) => r.kpis).find((k) => k.code === 'KLI-2')!;
    expect(text(reminderMessage({ measures: [], kpis: [due] }, view('en')))).toContain('KLI-2 \\"Electricity use of municipal buildings per quarter\\"');
    expect(text(reminderMessage({ measures: [], kpis: [due] }, view('de')))).toContain('KLI-2 „Stromverbrauch städtischer Liegenschaften je Quartal“');

    const field = await h.db.actionField.findFirstOrThrow({ where: { tenantId: tenant.id, code: 'KLI' } });
    const alert = { number: 1, kind: 'kpi_off_target', state: 'firing', severity: 'warning', period: '2025', value: '6.4', expected: '5.9', deviationPct: '8.5', offPeriods: 2, snoozedUntil: null, acknowledgedAt: null };
    const subject = { type: 'kpi' as const, code: 'CO2-1', name: 'CO2-Emissionen je Einwohner', nameEn: 'CO2 emissions per inhabitant', unit: 't', decimals: 1 };
    const alertEn = text(alertsFiredMessage(field, [{ ...alert, subject }], view('en')));
    expect(alertEn).toContain('Climate and energy');
    expect(alertEn).toContain('CO2 emissions per inhabitant');
    expect(alertEn).not.toContain('Klima und Energie');
    expect(text(alertsFiredMessage(field, [{ ...alert, subject }], view('de')))).toContain('Klima und Energie');
  });

  it('falls back to the German name where no English one is set', async () => {
    await h.db.kpi.updateMany({ where: { code: 'KLI-1' }, data: { nameEn: null } });
    const en = await ask(DEMO_USER_EMAIL, 'kpi KLI-1', 'en');
    expect(en).toContain('Anteil erneuerbarer Energien an der Stromerzeugung');
  });
});
