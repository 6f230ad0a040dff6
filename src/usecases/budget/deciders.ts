import type { Db, Tx } from '../../db/client';
import type { DeciderRole } from '../../domain/budget/policy';
import type { Actor } from '../../domain/budget/requestLifecycle';
import { inSequence } from '../../db/inSequence';

/** The joint budget a decision concerns: its owner and action field (with the field's core team). */
export interface BudgetScope {
  ownerId: string | null;
  actionFieldId: string;
  teamId: string | null;
}

const activeAt = (now: Date) => ({ validFrom: { lte: now }, OR: [{ validUntil: null }, { validUntil: { gt: now } }] });

/** The decider roles a person holds for a joint budget in their own right (PersonRole.scope: the field, or "" for all). */
async function ownRoles(db: Db | Tx, personId: string, scope: BudgetScope, now: Date): Promise<{ roles: Set<DeciderRole>; committee: boolean }> {
  const [personRoles, lead] = await inSequence([
    () => db.personRole.findMany({ where: { personId, role: { in: ['approver', 'treasurer', 'committee'] }, scope: { in: [scope.actionFieldId, ''] } }, select: { role: true } }),
    async () => (scope.teamId ? db.teamMembership.findFirst({ where: { personId, teamId: scope.teamId, role: 'lead', ...activeAt(now) }, select: { id: true } }) : null),
  ]);
  const roles = new Set<DeciderRole>();
  if (scope.ownerId === personId) roles.add('budget_owner');
  if (lead) roles.add('team_lead');
  for (const { role } of personRoles) if (role === 'approver' || role === 'treasurer') roles.add(role);
  return { roles, committee: personRoles.some((r) => r.role === 'committee') };
}

/**
 * The person as a decider of a request whose tier names `tierRoles`: in their own right, or as the
 * deputy of someone who delegated to them for this field (or all fields) for a period covering now.
 */
export async function deciderFor(
  db: Db | Tx,
  tenantId: string,
  personId: string,
  scope: BudgetScope,
  tierRoles: readonly DeciderRole[],
  now: Date,
): Promise<{ actor: Actor; onBehalfOfId: string | null }> {
  const own = await ownRoles(db, personId, scope, now);
  const fits = (roles: Set<DeciderRole>) => tierRoles.some((r) => roles.has(r));
  if (fits(own.roles)) return { actor: { personId, ...own }, onBehalfOfId: null };
  const delegations = await db.budgetDelegation.findMany({
    where: { tenantId, toPersonId: personId, revokedAt: null, startsOn: { lte: now }, endsOn: { gt: now }, scope: { in: [scope.actionFieldId, ''] } },
    orderBy: { createdAt: 'asc' },
    select: { fromPersonId: true },
  });
  for (const { fromPersonId } of delegations) {
    const delegated = await ownRoles(db, fromPersonId, scope, now);
    if (fits(delegated.roles)) return { actor: { personId, roles: delegated.roles, committee: own.committee }, onBehalfOfId: fromPersonId };
  }
  return { actor: { personId, ...own }, onBehalfOfId: null };
}

export interface DeciderContact {
  personId: string;
  displayName: string;
  locale: string | null;
  platforms: string[];
}

/** Everyone who may decide a request of this tier in their own right, for the approval messages. */
export async function decidersOf(db: Db | Tx, tenantId: string, scope: BudgetScope, tierRoles: readonly DeciderRole[], now: Date): Promise<DeciderContact[]> {
  const or = [];
  if (tierRoles.includes('budget_owner') && scope.ownerId) or.push({ id: scope.ownerId });
  if (tierRoles.includes('team_lead') && scope.teamId) or.push({ memberships: { some: { teamId: scope.teamId, role: 'lead', ...activeAt(now) } } });
  const roles = tierRoles.filter((r): r is 'approver' | 'treasurer' => r === 'approver' || r === 'treasurer');
  if (roles.length > 0) or.push({ roles: { some: { role: { in: roles }, scope: { in: [scope.actionFieldId, ''] } } } });
  if (or.length === 0) return [];
  const people = await db.person.findMany({
    where: { tenantId, active: true, OR: or },
    select: { id: true, displayName: true, locale: true, identities: { where: { platform: { in: ['slack', 'teams'] } }, select: { platform: true } } },
    orderBy: { email: 'asc' },
  });
  return people.map((p) => ({ personId: p.id, displayName: p.displayName, locale: p.locale, platforms: [...new Set(p.identities.map((i) => i.platform))].sort() }));
}
