import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertJob } from '../../src/alerts/alertJob';
import { fixedClock } from '../../src/clock';
import { createDb, type Db } from '../../src/db/client';
import { parsePeriod } from '../../src/domain/period';
import { createScheduler } from '../../src/scheduler/scheduler';
import type { Tenant } from '../../src/tenancy/tenant';
import { acknowledgeAlert } from '../../src/usecases/alerts/decideAlert';
import { recordKpiValue } from '../../src/usecases/kpis/recordKpiValue';
import { providers } from '../support/databases';
import { contextFor, useSmallTown } from '../support/fixtures';
import { capturingLogger } from '../support/logs';

const day = 86_400_000;
const monday = new Date('2026-11-23T06:00:00Z'); // 07:00 in Berlin

describe.each(providers)('the daily alert run on %s', (provider) => {
  const s = useSmallTown(provider, new Date('2026-11-20T10:00:00Z'));
  let tenant: Tenant;
  const others: Db[] = [];
  beforeEach(async () => {
    const { h, town } = s;
    tenant = { id: town.tenant.id, slug: 'klein', name: 'Kleinstadt', locale: 'de', timeZone: 'Europe/Berlin' };
    await h.db.platformIdentity.create({ data: { tenantId: tenant.id, personId: town.lea.id, platform: 'teams', externalUserId: 'aad-lea' } });
    await h.db.channelSubscription.create({ data: { tenantId: tenant.id, platform: 'teams', conversationId: '19:klima', kind: 'alerts', createdById: town.lea.id } });
  });
  afterEach(async () => {
    for (const db of others.splice(0)) await db.$disconnect();
  });

  /** A bot instance of its own (own client, own worker id), as a second replica would be. */
  const replica = (name: string, at: Date) => {
    const db = name === 'a' ? s.h.db : createDb(s.h.target);
    if (db !== s.h.db) others.push(db);
    return createScheduler({ db, clock: fixedClock(at), logger: capturingLogger().logger, jobs: [alertJob], workerId: name });
  };
  const runAt = (at: Date, name = 'a') => replica(name, at).runSlot(alertJob, tenant, at, at.toISOString());
  const outbox = () => s.h.db.outboxMessage.findMany({ where: { kind: 'alert' }, orderBy: [{ createdAt: 'asc' }, { dedupeKey: 'asc' }] });

  it('fires missing data once per field for both replicas, repeats it after 7 days unless acknowledged, resolves it when the value comes', async () => {
    const ran = await Promise.all([runAt(monday, 'a'), runAt(monday, 'b')]);
    expect(ran.sort()).toEqual([false, true]);
    const alerts = await s.h.db.alert.findMany({ orderBy: { number: 'asc' }, include: { kpi: { select: { code: true } } } });
    expect(alerts.map((a) => [a.number, a.kpi?.code, a.kind, a.state, a.period])).toEqual([
      [1, 'CO2-1', 'kpi_missing', 'firing', '2025'],
      [2, 'MOB-1', 'kpi_missing', 'firing', '2026-Q3'],
    ]);
    const first = await outbox();
    expect(first.map((r) => [r.platform, r.personId ?? r.conversationId])).toEqual([
      ['teams', s.town.lea.id],
      ['teams', '19:klima'],
    ]);
    expect(JSON.stringify(first[0]!.payload)).toContain('Alarm 2 (fehlender Wert): MOB-1');

    await runAt(new Date(monday.getTime() + day));
    expect(await outbox()).toHaveLength(2);

    await acknowledgeAlert(await contextFor(s.h.db, 'klein', 'lea@klein.de', new Date(monday.getTime() + 2 * day)), 2);
    await runAt(new Date(monday.getTime() + 7 * day));
    const repeats = (await outbox()).slice(2);
    expect(repeats).toHaveLength(2);
    expect(JSON.stringify(repeats[0]!.payload)).toContain('Noch nicht quittiert');
    expect(JSON.stringify(repeats[0]!.payload)).toContain('Alarm 1 ');
    expect(JSON.stringify(repeats[0]!.payload)).not.toContain('Alarm 2 ');

    const max = await contextFor(s.h.db, 'klein', 'max@klein.de', new Date(monday.getTime() + 8 * day));
    await recordKpiValue(max, { kpiCode: 'CO2-1', value: '6.4', period: parsePeriod('2025') });
    expect(await s.h.db.alert.findFirstOrThrow({ where: { number: 1 } })).toMatchObject({ state: 'resolved' });
    const replies = (await outbox()).filter((r) => r.operation === 'reply');
    expect(replies.map((r) => r.refersToId).sort()).toEqual(first.map((r) => r.id).sort());
    expect(JSON.stringify(replies[0]!.payload)).toContain('Erledigt: Alarm 1');
  });
});

/** Replicas are separate processes on PostgreSQL; SQLite serves one process (its inbox thread aside). */
describe.each(providers.filter((p) => p === 'postgresql'))('replicas recording at once on %s', (provider) => {
  const s = useSmallTown(provider, new Date('2026-11-20T10:00:00Z'));
  const others: Db[] = [];
  afterEach(async () => {
    for (const db of others.splice(0)) await db.$disconnect();
  });
  const outbox = () => s.h.db.outboxMessage.findMany({ where: { kind: 'alert' }, orderBy: [{ createdAt: 'asc' }, { dedupeKey: 'asc' }] });
  beforeEach(async () => {
    await s.h.db.platformIdentity.create({ data: { tenantId: s.town.tenant.id, personId: s.town.lea.id, platform: 'teams', externalUserId: 'aad-lea' } });
    await s.h.db.channelSubscription.create({ data: { tenantId: s.town.tenant.id, platform: 'teams', conversationId: '19:klima', kind: 'alerts', createdById: s.town.lea.id } });
  });

  it('send exactly one notification per transition', async () => {
    const b = createDb(s.h.target);
    others.push(b);
    const at = new Date('2026-11-20T10:00:00Z');
    await recordKpiValue(await contextFor(s.h.db, 'klein', 'max@klein.de', at), { kpiCode: 'CO2-1', value: '8.3', period: parsePeriod('2022') });
    await Promise.all([
      recordKpiValue(await contextFor(s.h.db, 'klein', 'max@klein.de', at, 'r-a'), { kpiCode: 'CO2-1', value: '8.5', period: parsePeriod('2023') }),
      recordKpiValue(await contextFor(b, 'klein', 'max@klein.de', at, 'r-b'), { kpiCode: 'CO2-1', value: '8.2', period: parsePeriod('2024') }),
    ]);
    expect(await s.h.db.alert.findFirstOrThrow()).toMatchObject({ state: 'firing', offPeriods: 3, episode: 1 });
    expect((await outbox()).map((r) => r.operation)).toEqual(['post', 'post']);
  });
});
