import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client';
import { latestDuePeriod, periodKey, type Frequency } from '../../src/domain/period';
import { jointBudgets } from '../../src/demo/content/budgets';
import { kpis } from '../../src/demo/content/kpis';
import { measures } from '../../src/demo/content/measures';
import { people } from '../../src/demo/content/people';
import { DEMO_LEAD_EMAIL, DEMO_TREASURER_EMAIL, DEMO_USER_EMAIL, seedDemo } from '../../src/demo/seedDemo';
import { findPlanEntry, loadWeselPlan } from '../../src/demo/weselPlan';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';

const NOW = new Date('2026-03-18T09:30:00Z');
const DAY = 86_400_000;

/** Every tenant-owned table, for counts and the tenant check. */
const TABLES = [
  'department', 'person', 'personRole', 'platformIdentity', 'actionField', 'coreTeam', 'teamMembership',
  'strategicGoal', 'operationalGoal', 'budgetProduct', 'measure', 'measureProgress', 'kpi', 'kpiTarget',
  'kpiValue', 'kpiValueRevision', 'jointBudget', 'budgetLine', 'budgetLedgerEntry', 'coverabilityRule', 'auditLog',
] as const;

type CountDelegate = { count(args?: { where?: { tenantId?: { not: string } } }): Promise<number> };
const table = (db: Db, name: (typeof TABLES)[number]) => db[name] as unknown as CountDelegate;

async function counts(db: Db): Promise<Record<string, number>> {
  const entries = await Promise.all(TABLES.map(async (name) => [name, await table(db, name).count()] as const));
  return Object.fromEntries(entries);
}

describe.each(providers)('demo municipality (%s)', (provider) => {
  let handle: TestDatabase;
  let db: Db;
  let tenantId: string;

  beforeAll(async () => {
    handle = await freshDatabase(provider);
    db = handle.db;
    const result = await seedDemo(db, { now: NOW });
    expect(result.created).toBe(true);
    tenantId = result.tenantId;
  });
  afterAll(async () => handle?.drop());

  it('has the municipality, its fields, teams, people, measures and KPIs', async () => {
    const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId } });
    expect(tenant).toMatchObject({ slug: 'demo', name: 'Musterstadt (Demo)', locale: 'de', timeZone: 'Europe/Berlin' });
    expect(tenant.policy).toMatchObject({ reallocation: { teamLeadMaxCents: 500000, materialityCents: 1500000 } });
    const c = await counts(db);
    expect(c).toMatchObject({ actionField: 6, coreTeam: 6, jointBudget: 6, measure: 30, kpi: kpis.length, person: people.length, platformIdentity: people.length });
    expect(kpis.length).toBeGreaterThanOrEqual(20);
    expect(c.person).toBeGreaterThanOrEqual(24);
    expect(c.strategicGoal).toBeGreaterThanOrEqual(6);
    expect(c.operationalGoal).toBeGreaterThanOrEqual(c.strategicGoal! * 2);
    expect(await db.actionField.findMany({ select: { code: true }, orderBy: { code: 'asc' } })).toEqual(
      ['BIL', 'GLO', 'KLI', 'KON', 'MOB', 'WOH'].map((code) => ({ code })),
    );
    for (const role of ['admin', 'treasurer', 'approver', 'manager', 'committee']) {
      expect(await db.personRole.count({ where: { role } }), role).toBeGreaterThan(0);
    }
    expect(await db.platformIdentity.count({ where: { platform: 'console', linkedBy: 'seed' } })).toBe(people.length);
  });

  it('is idempotent: a second seed changes nothing', async () => {
    const before = await counts(db);
    const again = await seedDemo(db, { now: new Date(NOW.getTime() + 30 * DAY) });
    expect(again).toEqual({ tenantId, created: false });
    expect(await counts(db)).toEqual(before);
    expect(await db.tenant.count()).toBe(1);
  });

  it('puts every row into the demo tenant', async () => {
    for (const name of TABLES) {
      expect(await table(db, name).count({ where: { tenantId: { not: tenantId } } }), name).toBe(0);
    }
  });

  it("keeps each measure's state equal to its latest progress entry, written by team members", async () => {
    const rows = await db.measure.findMany({
      include: { updates: { orderBy: { createdAt: 'asc' } }, team: { include: { members: true } } },
    });
    expect(rows.map((m) => m.code).sort()).toEqual(measures.map((m) => m.code).sort());
    for (const m of rows) {
      expect(m.updates.length, m.code).toBeGreaterThanOrEqual(2);
      expect(m.updates.length, m.code).toBeLessThanOrEqual(6);
      const latest = m.updates.at(-1)!;
      expect({ progress: m.progress, status: m.status, lastUpdateAt: m.lastUpdateAt }, m.code).toEqual({
        progress: latest.percent,
        status: latest.status,
        lastUpdateAt: latest.createdAt,
      });
      let previous = { percent: 0, status: 'on_track' };
      for (const u of m.updates) {
        expect({ percent: u.previousPercent, status: u.previousStatus }, m.code).toEqual(previous);
        previous = { percent: u.percent, status: u.status };
        const membership = m.team.members.find((tm) => tm.personId === u.authorId);
        expect(membership, `${m.code}: author is a team member`).toBeDefined();
        expect(membership!.validFrom.getTime()).toBeLessThanOrEqual(u.createdAt.getTime());
        if (membership!.validUntil) expect(membership!.validUntil.getTime()).toBeGreaterThanOrEqual(u.createdAt.getTime());
      }
      expect(m.team.members.some((tm) => tm.personId === m.responsibleId), `${m.code}: responsible is a team member`).toBe(true);
    }
    const stale = rows.filter((m) => m.status !== 'done' && m.lastUpdateAt!.getTime() < NOW.getTime() - 14 * DAY);
    expect(stale.length).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((m) => m.status))).toEqual(new Set(['on_track', 'at_risk', 'delayed', 'done']));
  });

  it('has core teams with temporary members, one of them expired', async () => {
    const temporary = await db.teamMembership.findMany({ where: { temporary: true } });
    expect(temporary.filter((m) => m.validUntil! > NOW).length).toBeGreaterThanOrEqual(3);
    expect(temporary.filter((m) => m.validUntil! < NOW)).toHaveLength(1);
    for (const team of await db.coreTeam.findMany({ include: { members: true } })) {
      expect(team.members.filter((m) => m.role === 'lead'), team.name).toHaveLength(1);
      expect(new Set(team.members.map((m) => m.departmentId)).size, team.name).toBeGreaterThanOrEqual(2);
    }
  });

  it('imports planned amounts exactly as the chosen rows of the Wesel plan', async () => {
    const plan = await loadWeselPlan();
    for (const content of jointBudgets) {
      const expected = content.lines.reduce((sum, l) => sum + findPlanEntry(plan, l.objectNumber, l.account).cents, 0n);
      const budget = await db.jointBudget.findFirstOrThrow({
        where: { actionField: { code: content.field } },
        include: { lines: { include: { ledger: true } } },
      });
      expect(budget.year).toBe(2026);
      expect(budget.name).toMatch(/^Gemeinsames Budget .+ 2026$/);
      expect(budget.lines).toHaveLength(content.lines.length);
      expect(budget.lines.reduce((sum, l) => sum + l.plannedCents, 0n), content.field).toBe(expected);
      for (const line of budget.lines) {
        expect(line.source).toMatch(/^Haushaltsplan 2017 Stadt Wesel, Plan 2017, \d+$/);
        expect(line.committedCents + line.spentCents, line.code).toBeLessThanOrEqual(line.plannedCents);
        const booked = (kind: string) => line.ledger.filter((e) => e.kind === kind).reduce((sum, e) => sum + e.amountCents, 0n);
        expect([booked('plan'), booked('commitment'), booked('actual')], line.code).toEqual([line.plannedCents, line.committedCents, line.spentCents]);
      }
    }
    expect(await db.budgetLine.count({ where: { blocked: true, blockReason: { not: null } } })).toBe(1);
    expect(await db.budgetLine.count({ where: { earmark: 'Förderprogramm Klimaschutz (Bund)' } })).toBe(1);
    expect(await db.budgetLine.count({ where: { spentCents: { gt: 0 } } })).toBeGreaterThan(20);
    expect(await db.budgetLine.count({ where: { committedCents: { gt: 0 } } })).toBeGreaterThan(5);
    expect(await db.coverabilityRule.count({ where: { mutual: false } })).toBe(1);
    expect(await db.operationalGoal.count({ where: { productId: { not: null } } })).toBeGreaterThan(10);
  });

  it('has KPIs with targets, three years of values, and a few values due', async () => {
    const rows = await db.kpi.findMany({ include: { values: { include: { revisions: true } }, targets: true } });
    const missing: string[] = [];
    for (const kpi of rows) {
      const perYear = { monthly: 12, quarterly: 4, yearly: 1 }[kpi.frequency as Frequency];
      expect(kpi.values, kpi.code).toHaveLength(3 * perYear);
      expect(kpi.targets.map((t) => t.year)).toEqual(expect.arrayContaining([2024, 2025, 2026, 2030]));
      for (const v of kpi.values) {
        expect(v.revisions.map((r) => [r.revision, r.value.toString()]), kpi.code).toEqual([[1, v.value.toString()]]);
        expect(v.recordedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      }
      const due = periodKey(latestDuePeriod(kpi.frequency as Frequency, NOW, 'Europe/Berlin'));
      if (!kpi.values.some((v) => v.period === due)) missing.push(kpi.code);
    }
    expect(missing.sort()).toEqual(kpis.filter((k) => k.latestMissing).map((k) => k.code).sort());
    expect(new Set(rows.map((k) => k.frequency))).toEqual(new Set(['monthly', 'quarterly', 'yearly']));
    const co2 = await db.kpi.findUniqueOrThrow({ where: { tenantId_code: { tenantId, code: 'CO2-1' } }, include: { team: { include: { actionField: true } } } });
    expect(co2).toMatchObject({ frequency: 'yearly', direction: 'lower_better', team: { actionField: { code: 'KLI' } } });
  });

  it('gives the console demo user measures (M-12 among them) and the team of CO2-1', async () => {
    const user = await db.person.findUniqueOrThrow({
      where: { tenantId_email: { tenantId, email: DEMO_USER_EMAIL } },
      include: { memberships: { include: { team: { include: { actionField: true } } } }, measures: true },
    });
    const kli = user.memberships.find((m) => m.team.actionField.code === 'KLI');
    expect(kli).toMatchObject({ role: 'member', temporary: false });
    const m12 = await db.measure.findUniqueOrThrow({ where: { tenantId_code: { tenantId, code: 'M-12' } } });
    const co2 = await db.kpi.findUniqueOrThrow({ where: { tenantId_code: { tenantId, code: 'CO2-1' } } });
    expect(m12.teamId).toBe(kli!.teamId);
    expect(co2.teamId).toBe(kli!.teamId);
    expect(m12.responsibleId).toBe(user.id);
    expect(user.measures.length).toBeGreaterThanOrEqual(3);

    const lead = await db.person.findUniqueOrThrow({ where: { tenantId_email: { tenantId, email: DEMO_LEAD_EMAIL } }, include: { memberships: true } });
    expect(lead.memberships.find((m) => m.teamId === kli!.teamId)?.role).toBe('lead');
    const treasurer = await db.person.findUniqueOrThrow({ where: { tenantId_email: { tenantId, email: DEMO_TREASURER_EMAIL } }, include: { roles: true } });
    expect(treasurer.roles.map((r) => r.role)).toContain('treasurer');
  });
});

describe.each(providers)('demo municipality seeded at the turn of the year (%s)', (provider) => {
  it('still dates everything before the seed time and keeps budgets consistent', async () => {
    const handle = await freshDatabase(provider);
    try {
      const now = new Date('2026-12-31T23:10:00Z'); // 00:10 on 1 January 2027 in Berlin
      await seedDemo(handle.db, { now });
      const budgets = await handle.db.jointBudget.findMany({ include: { lines: true } });
      expect(new Set(budgets.map((b) => b.year))).toEqual(new Set([2027]));
      for (const line of budgets.flatMap((b) => b.lines)) expect(line.committedCents + line.spentCents).toBeLessThanOrEqual(line.plannedCents);
      expect(await handle.db.kpiValue.count({ where: { recordedAt: { gt: now } } })).toBe(0);
      expect(await handle.db.budgetLedgerEntry.count({ where: { createdAt: { gt: now } } })).toBe(0);
      expect(await handle.db.kpiValue.count({ where: { period: '2026-12' } })).toBeGreaterThan(0);
    } finally {
      await handle.drop();
    }
  });
});
