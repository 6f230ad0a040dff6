import type { Db } from '../db/client';
import { UnknownUserError } from '../domain/errors';
import type { Platform, Role } from '../domain/roles';
import { isLocale, type Locale } from '../i18n';
import type { Tenant } from './tenant';

/** The person behind a request, with what they may do. */
export interface Actor {
  tenant: Tenant;
  personId: string;
  email: string;
  displayName: string;
  locale: Locale;
  roles: Role[];
  /** Core teams the person is an active member of at the time of the request. */
  teamIds: string[];
  leadTeamIds: string[];
}

/**
 * The language is the person's own choice (`sprache en`), else what the platform reports for them, else the municipality's.
 * Reads the person linked to the platform account, with roles and the memberships active at `now`,
 * on every request (nothing here is cached: it is what authorization decides on). One query for the
 * person found through the identity, one each for roles and active memberships.
 */
export async function resolveActor(db: Db, tenant: Tenant, platform: Platform, externalUserId: string, now: Date, platformLocale?: Locale): Promise<Actor> {
  const person = await db.person.findFirst({
    where: { tenantId: tenant.id, active: true, identities: { some: { tenantId: tenant.id, platform, externalUserId } } },
    select: {
      id: true,
      email: true,
      displayName: true,
      locale: true,
      roles: { select: { role: true } },
      memberships: {
        where: { validFrom: { lte: now }, OR: [{ validUntil: null }, { validUntil: { gt: now } }] },
        select: { teamId: true, role: true },
      },
    },
  });
  if (!person) {
    throw new UnknownUserError('access:unknownUser', { platform, userId: externalUserId, tenant: tenant.name });
  }
  return {
    tenant,
    personId: person.id,
    email: person.email,
    displayName: person.displayName,
    locale: isLocale(person.locale) ? person.locale : (platformLocale ?? tenant.locale),
    roles: person.roles.map((r) => r.role as Role),
    teamIds: person.memberships.map((m) => m.teamId),
    leadTeamIds: person.memberships.filter((m) => m.role === 'lead').map((m) => m.teamId),
  };
}
