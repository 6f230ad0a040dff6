import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/bot';
import { fixedClock } from '../../src/clock';
import { createDb, type Db } from '../../src/db/client';
import { createLogger } from '../../src/logger';
import { reminderJob } from '../../src/reminders/reminderJob';
import { createScheduler } from '../../src/scheduler/scheduler';
import { DEFAULT_SCHEDULES } from '../../src/scheduler/schedulePolicy';
import { slotKey, slotsBetween } from '../../src/scheduler/slots';
import type { Tenant } from '../../src/tenancy/tenant';
import { logProgress } from '../../src/usecases/measures/logProgress';
import { providers } from '../support/databases';
import { contextFor, useSmallTown } from '../support/fixtures';
import { capturingLogger } from '../support/logs';

const zone = 'Europe/Berlin';
type Payload = { summary: string; blocks: { type: string; text?: string; buttons?: { action: string; value: string }[] }[] };

/**
 * The Monday reminder (issue 13 item 6) over three weeks around the change to summer time and
 * Easter, slot by slot as the scheduler's cron yields them: Max is reminded of M-1 (no update for
 * 20 days), Olga (English) of M-2 (never updated), Lea, the team lead, of the overdue KPI values.
 */
describe.each(providers)('the weekly reminder on %s', (provider) => {
  const s = useSmallTown(provider, new Date('2026-03-12T10:00:00Z'));
  let tenant: Tenant;
  const others: Db[] = [];
  beforeEach(async () => {
    const { h, town } = s;
    tenant = { id: town.tenant.id, slug: 'klein', name: 'Kleinstadt', locale: 'de', timeZone: zone };
    await h.db.platformIdentity.createMany({
      data: [
        { tenantId: tenant.id, personId: town.max.id, platform: 'slack', externalUserId: 'U-MAX' },
        { tenantId: tenant.id, personId: town.olga.id, platform: 'teams', externalUserId: 'aad-olga' },
        { tenantId: tenant.id, personId: town.lea.id, platform: 'slack', externalUserId: 'U-LEA' },
      ],
    });
  });
  afterEach(async () => {
    for (const db of others.splice(0)) await db.$disconnect();
  });

  const replica = (name: string, at: Date) => {
    const db = name === 'a' ? s.h.db : createDb(s.h.target);
    if (db !== s.h.db) others.push(db);
    return createScheduler({ db, clock: fixedClock(at), logger: capturingLogger().logger, jobs: [reminderJob], workerId: name });
  };
  const runAt = (at: Date, name = 'a') => replica(name, at).runSlot(reminderJob, tenant, at, slotKey(at, zone));
  const sent = async () => {
    const rows = await s.h.db.outboxMessage.findMany({ where: { kind: 'reminder' }, orderBy: { dedupeKey: 'asc' } });
    return rows.map((r) => ({ key: r.dedupeKey.replace(r.personId!, who(r.personId!)), payload: r.payload as unknown as Payload }));
  };
  const who = (id: string) => (id === s.town.max.id ? 'max' : id === s.town.olga.id ? 'olga' : id === s.town.lea.id ? 'lea' : id);

  it('comes on the first working day of each week at 09:00 (Tuesday after Easter Monday), once across replicas, with the measures and overdue values due', async () => {
    const slots = slotsBetween(DEFAULT_SCHEDULES.reminders, zone, new Date('2026-03-22T12:00:00Z'), new Date('2026-04-10T12:00:00Z'));
    // 09:00 in Berlin: 08:00 UTC before the clocks changed on 29 March, 07:00 after.
    expect(slots[0]!.toISOString()).toBe('2026-03-23T08:00:00.000Z');
    expect(slots[5]!.toISOString()).toBe('2026-03-30T07:00:00.000Z');

    const first = await Promise.all([runAt(slots[0]!, 'a'), runAt(slots[0]!, 'b')]);
    expect(first.sort()).toEqual([false, true]);
    const week13 = await sent();
    expect(week13.map((m) => m.key)).toEqual(['reminder:2026-W13:lea:slack', 'reminder:2026-W13:max:slack', 'reminder:2026-W13:olga:teams']);
    const [lea, max, olga] = week13.map((m) => m.payload);
    expect(max!.summary).toBe('Erinnerung: 1 Maßnahme(n) oder Kennzahl(en) warten auf eine Meldung.');
    expect(JSON.stringify(max!.blocks)).toContain('M-1 „Dämmung Rathaus“: zuletzt aktualisiert am 20.02.2026.');
    expect(max!.blocks.flatMap((b) => b.buttons ?? []).map((b) => [b.action, b.value])).toEqual([['measure.logProgress', 'M-1']]);
    expect(JSON.stringify(olga!.blocks)).toContain('M-2 \\"Solardach Schule\\": no progress reported yet.');
    expect(lea!.blocks.flatMap((b) => b.buttons ?? []).map((b) => [b.action, b.value])).toEqual([
      ['kpi.recordValue', 'CO2-1'],
      ['kpi.recordValue', 'MOB-1'],
    ]);
    expect(JSON.stringify(lea!.blocks)).toContain('der Wert für 2025 ist überfällig');

    // Max reports progress on Wednesday 25 March; Lea pauses her reminders.
    const wednesday = new Date('2026-03-25T10:00:00Z');
    await logProgress(await contextFor(s.h.db, 'klein', 'max@klein.de', wednesday), { measureCode: 'M-1', percent: 50 });
    const bot = createBot({ db: s.h.db, clock: fixedClock(wednesday), logger: createLogger('silent') });
    const paused = await bot.handleText({ platform: 'console', tenant: { slug: 'klein' }, userId: 'lea@klein.de', requestId: 'pause-1', text: 'erinnerung aus' });
    expect(paused.summary).toContain('Erinnerungen sind pausiert');
    expect(await s.h.db.auditLog.count({ where: { action: 'reminders.paused', actorId: s.town.lea.id } })).toBe(1);

    // The rest of the week: nothing more. Week 14, Monday 30 March: Max updated M-1 five days before, Lea paused.
    for (const slot of slots.slice(1, 10)) await runAt(slot);
    expect((await sent()).map((m) => m.key).filter((k) => k.includes('W13'))).toHaveLength(3);
    expect((await sent()).map((m) => m.key).filter((k) => k.includes('W14'))).toEqual(['reminder:2026-W14:olga:teams']);

    // Week 15: Good Friday before, Easter Monday (6 April) is a holiday: Tuesday instead. M-1 is a week old again.
    for (const slot of slots.slice(10)) {
      await runAt(slot);
      const week15 = (await sent()).map((m) => m.key).filter((k) => k.includes('W15'));
      expect(week15, slot.toISOString()).toEqual(slot < new Date('2026-04-07T00:00:00Z') ? [] : ['reminder:2026-W15:max:slack', 'reminder:2026-W15:olga:teams']);
    }
  });
});
