import type { Db } from '../../db/client';

/** People of a tenant with roles, core teams and linked chat accounts, for operators. */
export async function listPeople(db: Db, tenantId: string, now: Date) {
  const people = await db.person.findMany({
    where: { tenantId },
    orderBy: { email: 'asc' },
    include: {
      roles: true,
      identities: true,
      department: true,
      memberships: { include: { team: { include: { actionField: true } } } },
    },
  });
  return people.map((p) => ({
    email: p.email,
    name: p.displayName,
    department: p.department?.code ?? '',
    roles: p.roles.map((r) => r.role).sort(),
    teams: p.memberships
      .filter((m) => !m.validUntil || m.validUntil > now)
      .map((m) => ({ field: m.team.actionField.code, lead: m.role === 'lead', temporaryUntil: m.temporary ? m.validUntil : null })),
    accounts: p.identities.filter((i) => i.platform !== 'console').map((i) => `${i.platform}:${i.externalUserId}`),
  }));
}
