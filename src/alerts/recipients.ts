import type { Db, Tx } from '../db/client';

/** Platforms a direct message can be delivered on (the console has no outgoing port). */
export const DIRECT_PLATFORMS = ['slack', 'teams'];

export interface Manager {
  personId: string;
  locale: string | null;
  platforms: string[];
}

/**
 * The people responsible for an action field's KPIs: the lead of its core team (membership valid
 * now) and people with the manager role for that field or for all fields.
 */
export async function managersOf(db: Db | Tx, tenantId: string, field: { id: string; teamId: string }, now: Date): Promise<Manager[]> {
  const people = await db.person.findMany({
    where: {
      tenantId,
      active: true,
      OR: [
        { memberships: { some: { teamId: field.teamId, role: 'lead', validFrom: { lte: now }, OR: [{ validUntil: null }, { validUntil: { gt: now } }] } } },
        { roles: { some: { role: 'manager', scope: { in: [field.id, ''] } } } },
      ],
    },
    select: { id: true, locale: true, identities: { where: { platform: { in: DIRECT_PLATFORMS } }, select: { platform: true } } },
    orderBy: { email: 'asc' },
  });
  return people.map((p) => ({ personId: p.id, locale: p.locale, platforms: [...new Set(p.identities.map((i) => i.platform))].sort() }));
}

/** Channels subscribed to alerts of the field (or of all fields). */
export function alertChannels(db: Db | Tx, tenantId: string, actionFieldId: string) {
  return db.channelSubscription.findMany({
    where: { tenantId, kind: 'alerts', active: true, actionFieldId: { in: [actionFieldId, ''] } },
    orderBy: { createdAt: 'asc' },
  });
}
