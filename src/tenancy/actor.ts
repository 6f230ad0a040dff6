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

export async function resolveActor(db: Db, tenant: Tenant, platform: Platform, externalUserId: string, now: Date): Promise<Actor> {
  const identity = await db.platformIdentity.findUnique({
    where: { tenantId_platform_externalUserId: { tenantId: tenant.id, platform, externalUserId } },
    include: { person: { include: { roles: true, memberships: true } } },
  });
  const person = identity?.person;
  if (!person || !person.active) {
    throw new UnknownUserError('access:unknownUser', { platform, userId: externalUserId, tenant: tenant.name });
  }
  const active = person.memberships.filter((m) => m.validFrom <= now && (!m.validUntil || m.validUntil > now));
  return {
    tenant,
    personId: person.id,
    email: person.email,
    displayName: person.displayName,
    locale: isLocale(person.locale) ? person.locale : tenant.locale,
    roles: person.roles.map((r) => r.role as Role),
    teamIds: active.map((m) => m.teamId),
    leadTeamIds: active.filter((m) => m.role === 'lead').map((m) => m.teamId),
  };
}
