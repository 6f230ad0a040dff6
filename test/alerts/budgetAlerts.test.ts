import { beforeEach, describe, expect, it } from 'vitest';
import { alertJob } from '../../src/alerts/alertJob';
import { fixedClock } from '../../src/clock';
import { createScheduler } from '../../src/scheduler/scheduler';
import type { Tenant } from '../../src/tenancy/tenant';
import { listOpenAlerts } from '../../src/usecases/alerts/alertAccess';
import { acknowledgeAlert } from '../../src/usecases/alerts/decideAlert';
import { alertListView } from '../../src/views/alertViews';
import { translator } from '../../src/i18n';
import { providers } from '../support/databases';
import { contextFor, useSmallTown } from '../support/fixtures';
import { capturingLogger } from '../support/logs';
import { seedBudgetTown } from '../usecases/budget/budgetTown';

const at = (iso: string) => new Date(`${iso}T05:00:00Z`); // 07:00 in Berlin (summer time)

describe.each(providers)('budget spending alerts in the daily run on %s', (provider) => {
  const s = useSmallTown(provider, new Date('2026-05-20T10:00:00Z'));
  let tenant: Tenant;
  let lines: Awaited<ReturnType<typeof seedBudgetTown>>['lines'];
  beforeEach(async () => {
    const { h, town } = s;
    tenant = { id: town.tenant.id, slug: 'klein', name: 'Kleinstadt', locale: 'de', timeZone: 'Europe/Berlin' };
    ({ lines } = await seedBudgetTown(h.db, town));
    // Only the budget speaks here: the town's KPIs would add their missing-data alerts.
    await h.db.kpi.deleteMany({ where: { tenantId: tenant.id } });
    await h.db.platformIdentity.create({ data: { tenantId: tenant.id, personId: town.lea.id, platform: 'teams', externalUserId: 'aad-lea' } });
    await h.db.channelSubscription.create({ data: { tenantId: tenant.id, platform: 'teams', conversationId: '19:klima', kind: 'alerts', createdById: town.lea.id } });
  });

  const runAt = (when: Date) =>
    createScheduler({ db: s.h.db, clock: fixedClock(when), logger: capturingLogger().logger, jobs: [alertJob], workerId: 'a' }).runSlot(alertJob, tenant, when, when.toISOString());
  const outbox = () => s.h.db.outboxMessage.findMany({ where: { kind: 'alert' }, orderBy: [{ createdAt: 'asc' }, { dedupeKey: 'asc' }] });
  const text = (row: { payload: unknown }) => JSON.stringify(row.payload).replace(/\u00a0/g, ' ');
  const spend = (id: string, data: { spentCents?: bigint; blocked?: boolean }) => s.h.db.budgetLine.update({ where: { id }, data });

  it('fires for a line ahead of the year, rises to critical in place, repeats, resolves, and stays silent while its line is blocked', async () => {
    // 1 June: 41.6 % of the year has passed by the day's end; KLI-02 has spent 45 % (path 20.821,92 €), blocked KLI-03 all of it.
    await spend(lines.k2.id, { spentCents: 2_250_000n });
    await spend(lines.k3.id, { spentCents: 2_000_000n });
    await runAt(at('2026-06-01'));
    const [alert] = await s.h.db.alert.findMany();
    expect(alert).toMatchObject({ number: 1, kind: 'budget', budgetLineId: lines.k2.id, kpiId: null, state: 'firing', severity: 'warning', period: '2026-06-01' });
    expect(alert!.expected!.toString()).toBe('20821.92');
    const first = await outbox();
    expect(first.map((r) => [r.operation, r.personId ?? r.conversationId])).toEqual([
      ['post', s.town.lea.id],
      ['post', '19:klima'],
    ]);
    expect(text(first[0]!)).toContain('Budget-Alarm · Klima');
    expect(text(first[0]!)).toContain('Alarm 1 (Warnung): Budgetlinie KLI-02 „Linie KLI-02“ – gebunden und ausgegeben 22.500,00 €, nach dem vergangenen Teil des Jahres 20.821,92 € (+8,1 %), Stand 01.06.2026.');
    expect(text(first[0]!)).not.toContain('alert.openKpi');

    // 2 June: 55 % spent: critical, told in the thread of each message.
    await spend(lines.k2.id, { spentCents: 2_750_000n });
    await runAt(at('2026-06-02'));
    const escalated = (await outbox()).slice(2);
    expect(escalated.map((r) => [r.operation, r.refersToId])).toEqual(first.map((r) => ['reply', r.id]));
    expect(text(escalated[0]!)).toContain('Alarm 1 ist jetzt kritisch: Budgetlinie KLI-02');

    // 3 June: the block of KLI-03 is lifted: its spending is an alert of its own.
    await spend(lines.k3.id, { blocked: false });
    await runAt(at('2026-06-03'));
    expect(await s.h.db.alert.findFirstOrThrow({ where: { number: 2 } })).toMatchObject({ budgetLineId: lines.k3.id, state: 'firing', severity: 'critical' });
    expect(await outbox()).toHaveLength(6);

    const lea = await contextFor(s.h.db, 'klein', 'lea@klein.de', at('2026-06-04'));
    expect(alertListView(await listOpenAlerts(lea), { t: translator('de'), locale: 'de', zone: 'Europe/Berlin', now: at('2026-06-04') }).summary).toBe('Offene Alarme');
    expect((await listOpenAlerts(lea)).map((a) => [a.number, a.subject.code])).toEqual([
      [1, 'KLI-02'],
      [2, 'KLI-03'],
    ]);
    expect(await acknowledgeAlert(lea, 1)).toMatchObject({ state: 'acknowledged', subject: { type: 'budgetLine', code: 'KLI-02' } });

    // 10 June: only the unacknowledged alert is sent again.
    await runAt(at('2026-06-10'));
    const repeats = (await outbox()).slice(6);
    expect(repeats).toHaveLength(2);
    expect(text(repeats[0]!)).toContain('Noch nicht quittiert: Budget-Alarm · Klima');
    expect(text(repeats[0]!)).toContain('Alarm 2 (kritisch)');
    expect(text(repeats[0]!)).not.toContain('Alarm 1 ');

    // Blocked again: muted, no repeat a week later.
    await spend(lines.k3.id, { blocked: true });
    await runAt(at('2026-06-17'));
    expect(await outbox()).toHaveLength(8);

    // 15 July: 53.7 % of the year has passed, KLI-02's 55 % is within the warning threshold: resolved in its threads.
    await runAt(at('2026-07-15'));
    expect(await s.h.db.alert.findFirstOrThrow({ where: { number: 1 } })).toMatchObject({ state: 'resolved' });
    const resolved = (await outbox()).slice(8);
    expect(resolved.map((r) => [r.operation, r.refersToId])).toEqual(first.map((r) => ['reply', r.id]));
    expect(text(resolved[0]!)).toContain('Erledigt: Alarm 1 – Budgetlinie KLI-02');
    expect(await s.h.db.alert.findFirstOrThrow({ where: { number: 2 } })).toMatchObject({ state: 'firing' });
  });

  it('uses the tenant’s budget thresholds and leaves income lines and lines on their path alone', async () => {
    await s.h.db.tenant.update({ where: { id: tenant.id }, data: { policy: { alerts: { budgetWarningPct: 10, budgetCriticalPct: 30 } } } });
    await spend(lines.k2.id, { spentCents: 2_250_000n }); // +8.1 %: within 10 %
    await spend(lines.k4.id, { spentCents: 1_200_000n }); // 60 % of 20.000 € against 41.6 %: +44 %
    await s.h.db.budgetLine.create({ data: { tenantId: tenant.id, year: 2026, jointBudgetId: lines.k1.jointBudgetId, code: 'KLI-90', account: '41400000', name: 'Zuweisungen', kind: 'income', plannedCents: -100n, spentCents: 9_000_000n } });
    await runAt(at('2026-06-01'));
    const alerts = await s.h.db.alert.findMany({ include: { budgetLine: { select: { code: true } } } });
    expect(alerts.map((a) => [a.budgetLine?.code, a.severity])).toEqual([['KLI-04', 'critical']]);
  });
});
