import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import type { Platform } from '../../domain/roles';
import { appendAudit } from '../../audit/appendAudit';

export interface LinkByVerifiedEmailInput {
  tenantId: string;
  platform: Exclude<Platform, 'console'>;
  externalUserId: string;
  /**
   * Addresses the platform vouches for (Teams roster e-mail and UPN, Slack profile e-mail of a
   * verified workspace), in order of preference. Compared case-insensitively with people's e-mail.
   */
  emails: (string | undefined | null)[];
  now: Date;
}

export type LinkByVerifiedEmailResult = { linked: true; personId: string; email: string } | { linked: false };

/**
 * Links a chat account to the active person of the tenant whose e-mail the platform reports for it,
 * the first time the account talks to the bot. An account that is linked already keeps its link
 * (an admin mapping always wins); nobody is linked when no active person has one of the addresses.
 * Audited with the platform as the actor.
 */
export async function linkByVerifiedEmail(db: Db, input: LinkByVerifiedEmailInput): Promise<LinkByVerifiedEmailResult> {
  const key = { tenantId: input.tenantId, platform: input.platform, externalUserId: input.externalUserId };
  const existing = await db.platformIdentity.findUnique({ where: { tenantId_platform_externalUserId: key } });
  if (existing) return { linked: true, personId: existing.personId, email: '' };
  const candidates = [...new Set(input.emails.map((e) => e?.trim().toLowerCase()).filter((e): e is string => Boolean(e && e.includes('@'))))];
  for (const email of candidates) {
    const person = await db.person.findUnique({ where: { tenantId_email: { tenantId: input.tenantId, email } } });
    if (!person || !person.active) continue;
    try {
      await db.$transaction(async (tx) => {
        await tx.platformIdentity.create({ data: { ...key, personId: person.id, linkedBy: `${input.platform}-directory`, createdAt: input.now } });
        // The person by id only: the audit trail holds no e-mail (it outlives an erased person).
        await appendAudit(tx, {
          tenantId: input.tenantId,
          action: 'identity.linked_by_email',
          entity: 'PlatformIdentity',
          entityId: `${input.platform}:${input.externalUserId}`,
          after: { personId: person.id },
          createdAt: input.now,
        });
      });
    } catch (error) {
      // Two first messages at once: the other one linked the account.
      if (!isUniqueViolation(error)) throw error;
    }
    return { linked: true, personId: person.id, email };
  }
  return { linked: false };
}
