import { afterEach, beforeEach } from 'vitest';
import { fixedClock } from '../../src/clock';
import type { Db } from '../../src/db/client';
import type { DatabaseProvider } from '../../src/db/databaseUrl';
import { createLogger } from '../../src/logger';
import { resolveActor, type Actor } from '../../src/tenancy/actor';
import { resolveTenant } from '../../src/tenancy/tenant';
import type { UseCaseContext } from '../../src/usecases/context';
import { freshDatabase, type TestDatabase } from './databases';

/**
 * A small municipality for use-case tests: one action field "Klima" with a core team
 * (lead Lea, member Max, temporary member Tim whose membership ended), an outsider Olga,
 * measure M-1 (Max responsible), measure M-2 (Olga responsible, outside her team), and the yearly
 * KPI CO2-1 and the quarterly KPI MOB-1 of the team.
 */
export async function seedSmallTown(db: Db, now: Date) {
  const tenant = await db.tenant.create({ data: { slug: 'klein', name: 'Kleinstadt', locale: 'de' } });
  const tenantId = tenant.id;
  const person = (email: string, displayName: string, locale?: string) =>
    db.person.create({
      data: { tenantId, email, displayName, locale, identities: { create: { tenantId, platform: 'console', externalUserId: email } } },
    });
  const lea = await person('lea@klein.de', 'Lea Lead');
  const max = await person('max@klein.de', 'Max Mitglied');
  const tim = await person('tim@klein.de', 'Tim Temporär');
  const olga = await person('olga@klein.de', 'Olga Außen', 'en');
  const field = await db.actionField.create({ data: { tenantId, code: 'KLI', name: 'Klima' } });
  const team = await db.coreTeam.create({ data: { tenantId, actionFieldId: field.id, name: 'Kernteam Klima' } });
  const day = 86_400_000;
  await db.teamMembership.createMany({
    data: [
      { tenantId, teamId: team.id, personId: lea.id, role: 'lead', validFrom: new Date(now.getTime() - 400 * day) },
      { tenantId, teamId: team.id, personId: max.id, validFrom: new Date(now.getTime() - 400 * day) },
      { tenantId, teamId: team.id, personId: tim.id, temporary: true, validFrom: new Date(now.getTime() - 100 * day), validUntil: new Date(now.getTime() - day) },
    ],
  });
  const sg = await db.strategicGoal.create({ data: { tenantId, actionFieldId: field.id, code: 'SZ-1', title: 'Klimaneutral bis 2040', sdgs: '13' } });
  const og = await db.operationalGoal.create({ data: { tenantId, strategicGoalId: sg.id, code: 'OZ-1', title: 'Gebäude sanieren', sdgs: '7,13' } });
  const m1 = await db.measure.create({
    data: { tenantId, code: 'M-1', title: 'Dämmung Rathaus', teamId: team.id, responsibleId: max.id, operationalGoalId: og.id, progress: 40, status: 'on_track', lastUpdateAt: new Date(now.getTime() - 20 * day) },
  });
  const m2 = await db.measure.create({ data: { tenantId, code: 'M-2', title: 'Solardach Schule', teamId: team.id, responsibleId: olga.id } });
  const co2 = await db.kpi.create({
    data: { tenantId, code: 'CO2-1', name: 'CO₂-Emissionen je Einwohner', unit: 't', direction: 'lower_better', frequency: 'yearly', teamId: team.id, baselineValue: '8.1', baselineYear: 2020, targets: { create: [{ tenantId, year: 2025, value: '6.5' }] } },
  });
  const mob = await db.kpi.create({
    data: { tenantId, code: 'MOB-1', name: 'Anteil E-Autos', unit: '%', direction: 'higher_better', frequency: 'quarterly', teamId: team.id },
  });
  return { tenant, lea, max, tim, olga, team, m1, m2, co2, mob };
}

export async function contextFor(db: Db, slug: string, email: string, now: Date, requestId = 'test-req'): Promise<UseCaseContext> {
  const tenant = await resolveTenant(db, { slug }, fixedClock(now));
  const actor: Actor = await resolveActor(db, tenant, 'console', email, now);
  return { db, actor, now, requestId, log: createLogger('silent') };
}

export type SmallTown = Awaited<ReturnType<typeof seedSmallTown>>;

/**
 * Registers hooks that give each test of the suite a fresh database of `provider` with the small
 * town seeded; read `h` and `town` inside the tests.
 */
export function useSmallTown(provider: DatabaseProvider, now: Date): { readonly h: TestDatabase; readonly town: SmallTown } {
  const state = {} as { h: TestDatabase; town: SmallTown };
  beforeEach(async () => {
    state.h = await freshDatabase(provider);
    state.town = await seedSmallTown(state.h.db, now);
  });
  afterEach(async () => state.h.drop());
  return state;
}
