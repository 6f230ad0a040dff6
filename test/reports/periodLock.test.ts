import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot';
import { fixedClock } from '../../src/clock';
import { inYearSnapshot } from '../../src/reports/reportSnapshots';
import type { InYearReport } from '../../src/reports/inYear/inYearReport';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { capturingLogger } from '../support/logs';
import { draftDay, seedReportTown } from './reportTown';

const Q3 = { frequency: 'quarterly', year: 2026, index: 3 } as const;

describe.each(providers)('locking a report period on %s', (provider) => {
  let h: TestDatabase;
  let bot: Bot;
  let town: Awaited<ReturnType<typeof seedReportTown>>;
  const ask = async (userId: string, line: string) => (await bot.handleText({ platform: 'console', tenant: { slug: 'klein' }, userId, text: line, requestId: `r-${line}` })).summary.replace(/\u00a0/g, ' ');

  beforeEach(async () => {
    h = await freshDatabase(provider);
    town = await seedReportTown(h.db);
    await h.db.personRole.create({ data: { tenantId: town.tenant.id, personId: town.lea.id, role: 'treasurer' } });
    bot = createBot({ db: h.db, clock: fixedClock(draftDay), logger: capturingLogger().logger });
  });
  afterEach(async () => h.drop());

  it('lets only the treasury lock an ended period, stores its report, refuses its values naming the lock, and reopens it with a reason; both audited', async () => {
    expect(await ask('max@klein.de', 'sperren Q3/2026')).toContain('nur die Kämmerei');
    expect(await ask('lea@klein.de', 'sperren Q4/2026')).toContain('Der Zeitraum Q4/2026 ist noch nicht zu Ende');
    expect(await ask('lea@klein.de', 'sperren Q3/2026')).toContain('Der Zeitraum Q3/2026 ist gesperrt.');
    expect(await h.db.reportSnapshot.count({ where: { tenantId: town.tenant.id, kind: 'inyear', period: '2026-Q3', scope: '' } })).toBe(1);
    expect(await ask('lea@klein.de', 'sperren Q3/2026')).toBe('Der Zeitraum Q3/2026 ist schon gesperrt.');

    expect(await ask('max@klein.de', 'kennzahl MOB-1 15 Q3/2026')).toContain('Der Zeitraum Q3/2026 ist seit 07.10.2026 gesperrt (Lea Lead)');
    const stored = async () => (await h.db.kpiValue.findUniqueOrThrow({ where: { kpiId_period: { kpiId: town.mob.id, period: '2026-Q3' } } })).value.toString();
    expect(await stored()).toBe('14.5');

    expect(await ask('lea@klein.de', 'entsperren Q3/2026 Nachmeldung des Straßenverkehrsamts')).toContain('wieder geöffnet (Grund: Nachmeldung des Straßenverkehrsamts)');
    expect(await ask('max@klein.de', 'kennzahl MOB-1 15 Q3/2026')).not.toContain('gesperrt');
    expect(await stored()).toBe('15');
    const audit = await h.db.auditLog.findMany({ where: { tenantId: town.tenant.id, entity: 'PeriodLock' }, orderBy: { action: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId, a.after])).toEqual([
      ['period.lock', town.lea.id, { period: '2026-Q3' }],
      ['period.reopen', town.lea.id, { reason: 'Nachmeldung des Straßenverkehrsamts' }],
    ]);
    expect(await ask('lea@klein.de', 'entsperren Q3/2026 nochmal')).toBe('Der Zeitraum Q3/2026 ist nicht gesperrt.');
  });

  it('drafts the report anew when the period is locked again after a reopen: the kept snapshot shows the correction, in every scope', async () => {
    const snapshots = async () =>
      (await h.db.reportSnapshot.findMany({ where: { tenantId: town.tenant.id, period: '2026-Q3' }, orderBy: { scope: 'asc' } })).map((s) => {
        const report = s.data as unknown as InYearReport;
        const mob = report.fields.flatMap((f) => f.kpis).find((k) => k.code === 'MOB-1');
        return [s.scope, mob?.latest?.value, s.createdAt.toISOString()];
      });
    // The report posted to the Klima channel on the draft day, and the whole town's kept by the lock.
    await inYearSnapshot(h.db, town.tenant, Q3, town.team.actionFieldId, draftDay);
    expect(await ask('lea@klein.de', 'sperren Q3/2026')).toContain('ist gesperrt');
    expect(await snapshots()).toEqual([['', '14.5', draftDay.toISOString()], [town.team.actionFieldId, '14.5', draftDay.toISOString()]]);

    const later = new Date('2026-10-20T08:00:00Z');
    bot = createBot({ db: h.db, clock: fixedClock(later), logger: capturingLogger().logger });
    await ask('lea@klein.de', 'entsperren Q3/2026 Nachmeldung');
    expect(await ask('max@klein.de', 'kennzahl MOB-1 16 Q3/2026')).not.toContain('gesperrt');
    // While it is open, the report shows what was kept.
    expect(await snapshots()).toEqual([['', '14.5', draftDay.toISOString()], [town.team.actionFieldId, '14.5', draftDay.toISOString()]]);
    expect(await ask('lea@klein.de', 'sperren Q3/2026')).toContain('Der Zeitraum Q3/2026 ist gesperrt.');
    expect(await snapshots()).toEqual([['', '16', later.toISOString()], [town.team.actionFieldId, '16', later.toISOString()]]);
    // Locking it once more changes nothing.
    expect(await ask('lea@klein.de', 'sperren Q3/2026')).toBe('Der Zeitraum Q3/2026 ist schon gesperrt.');
    expect((await snapshots()).map((s) => s[2])).toEqual([later.toISOString(), later.toISOString()]);
  });
});
