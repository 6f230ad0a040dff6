import { beforeEach, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/domain/period';
import { listOpenAlerts } from '../../src/usecases/alerts/alertAccess';
import { acknowledgeAlert, snoozeAlert } from '../../src/usecases/alerts/decideAlert';
import { recordKpiValue } from '../../src/usecases/kpis/recordKpiValue';
import { providers, type TestDatabase } from '../support/databases';
import { contextFor, useSmallTown, type SmallTown } from '../support/fixtures';

const now = new Date('2026-11-20T10:00:00Z');

describe.each(providers)('alerts on recorded KPI values on %s', (provider) => {
  const fixture = useSmallTown(provider, now);
  let h: TestDatabase;
  let town: SmallTown;
  beforeEach(async () => {
    ({ h, town } = fixture);
    const tenantId = town.tenant.id;
    await h.db.platformIdentity.create({ data: { tenantId, personId: town.lea.id, platform: 'slack', externalUserId: 'U-LEA' } });
    await h.db.channelSubscription.create({ data: { tenantId, platform: 'slack', workspaceId: 'T1', conversationId: 'C-KLIMA', kind: 'alerts', actionFieldId: town.team.actionFieldId, createdById: town.lea.id } });
  });

  const record = async (value: string, period: string, at = now) =>
    recordKpiValue(await contextFor(h.db, 'klein', 'max@klein.de', at), { kpiCode: 'CO2-1', value, period: parsePeriod(period) });
  const outbox = () => h.db.outboxMessage.findMany({ where: { kind: 'alert' }, orderBy: [{ createdAt: 'asc' }, { dedupeKey: 'asc' }] });

  it('fires after two periods off the path, to the team lead and the subscribed channel; resolves in their threads', async () => {
    await record('8.3', '2023'); // path 7.14: 16 % above, critical
    expect(await h.db.alert.findFirstOrThrow()).toMatchObject({ state: 'pending', number: 1, offPeriods: 1 });
    expect(await outbox()).toHaveLength(0);

    await record('7.5', '2024'); // path 6.82: 10 % above, warning
    const alert = await h.db.alert.findFirstOrThrow();
    expect(alert).toMatchObject({ state: 'firing', severity: 'critical', offPeriods: 2, period: '2024', kind: 'kpi_off_target' });
    expect(alert.expected?.toString()).toBe('6.82');
    const fired = await outbox();
    expect(fired.map((r) => [r.operation, r.platform, r.personId, r.conversationId])).toEqual([
      ['post', 'slack', town.lea.id, `person:${town.lea.id}`],
      ['post', 'slack', null, 'C-KLIMA'],
    ]);
    const payload = fired[0]!.payload as { summary: string; blocks: { type: string; buttons?: { action: string; value: string }[] }[] };
    expect(payload.summary).toContain('Alarm 1 (kritisch): CO2-1');
    expect(payload.summary).toContain('Zielpfad 6,82 t (+10 %)');
    expect(payload.blocks.find((b) => b.type === 'actions')?.buttons?.map((b) => [b.action, b.value])).toEqual([
      ['alert.acknowledge', '1'],
      ['alert.snooze', '1'],
      ['alert.openKpi', '1'],
      ['kpi.recordValue', 'CO2-1'],
    ]);

    const lea = await contextFor(h.db, 'klein', 'lea@klein.de', now);
    const acknowledged = await acknowledgeAlert(lea, 1);
    expect(acknowledged).toMatchObject({ state: 'acknowledged', acknowledgedBy: 'Lea Lead' });
    expect(await h.db.auditLog.count({ where: { action: 'alert.acknowledged', actorId: town.lea.id } })).toBe(1);

    await record('6.4', '2025'); // on the path (6.5)
    expect(await h.db.alert.findFirstOrThrow()).toMatchObject({ state: 'resolved', onPeriods: 1 });
    const replies = (await outbox()).filter((r) => r.operation === 'reply');
    expect(replies.map((r) => r.refersToId).sort()).toEqual(fired.map((r) => r.id).sort());
    expect((replies[0]!.payload as { summary: string }).summary).toContain('Erledigt: Alarm 1');
    expect(await listOpenAlerts(lea)).toEqual([]);
  });

  it('a value recorded again alerts nothing twice; a correction that removes the cause resolves', async () => {
    await record('8.3', '2023');
    await record('7.5', '2024');
    await record('7.50', '2024');
    expect(await outbox()).toHaveLength(2);
    await record('6.8', '2024', new Date(now.getTime() + 60_000)); // corrected: on the path (6.82)
    expect(await h.db.alert.findFirstOrThrow()).toMatchObject({ state: 'resolved' });
    expect((await outbox()).filter((r) => r.operation === 'reply')).toHaveLength(2);
  });

  it('lists open alerts in the scope of the person; only leads and managers decide, snoozes within the limit', async () => {
    await record('8.3', '2023');
    await record('7.5', '2024');
    const max = await contextFor(h.db, 'klein', 'max@klein.de', now);
    expect((await listOpenAlerts(max)).map((a) => a.number)).toEqual([1]);
    const olga = await contextFor(h.db, 'klein', 'olga@klein.de', now);
    expect(await listOpenAlerts(olga)).toEqual([]);
    await expect(acknowledgeAlert(max, 1)).rejects.toMatchObject({ messageKey: 'alerts:notYourScope', params: { number: 1, field: 'Klima' } });
    await expect(acknowledgeAlert(max, 9)).rejects.toMatchObject({ messageKey: 'alerts:unknown' });
    await h.db.personRole.create({ data: { tenantId: town.tenant.id, personId: town.olga.id, role: 'manager', scope: town.team.actionFieldId } });
    await expect(snoozeAlert(olga, 1, 91)).rejects.toMatchObject({ messageKey: 'alerts:snoozeDays', params: { days: 91, max: 90 } });
    const snoozed = await snoozeAlert(olga, 1, 14);
    expect(snoozed.snoozedUntil?.toISOString()).toBe('2026-12-04T10:00:00.000Z');
    expect(await h.db.auditLog.count({ where: { action: 'alert.snoozed', actorId: town.olga.id } })).toBe(1);
    expect((await listOpenAlerts(olga)).map((a) => a.number)).toEqual([1]);
  });
});
