import type { Db } from '../../db/client';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors';
import { PLATFORMS, type Platform } from '../../domain/roles';
import { closestCode } from '../closestCode';
import { appendAudit } from '../../audit/appendAudit';

export interface LinkIdentityInput {
  tenantId: string;
  platform: string;
  externalUserId: string;
  email: string;
  /** Move an account that is linked to another person. */
  replace: boolean;
  now: Date;
}

/** An operator binds a chat account to a person of the tenant (audited, actor = operator). */
export async function linkIdentity(db: Db, input: LinkIdentityInput): Promise<{ personName: string; previousPerson?: string }> {
  if (!(PLATFORMS as readonly string[]).includes(input.platform)) {
    throw new InvalidInputError('cli:linkBadPlatform', { platform: input.platform, allowed: PLATFORMS.join(', ') });
  }
  const platform = input.platform as Platform;
  const email = input.email.trim().toLowerCase();
  const person = await db.person.findUnique({ where: { tenantId_email: { tenantId: input.tenantId, email } } });
  if (!person) {
    const emails = (await db.person.findMany({ where: { tenantId: input.tenantId }, select: { email: true } })).map((p) => p.email);
    const suggestion = closestCode(email, emails);
    throw suggestion ? new NotFoundError('cli:linkUnknownPersonSuggest', { email, suggestion }) : new NotFoundError('cli:linkUnknownPerson', { email });
  }
  const key = { tenantId: input.tenantId, platform, externalUserId: input.externalUserId };
  const existing = await db.platformIdentity.findUnique({ where: { tenantId_platform_externalUserId: key }, include: { person: true } });
  if (existing && existing.personId !== person.id && !input.replace) {
    throw new ConflictError('cli:linkTaken', { userId: input.externalUserId, other: existing.person.email });
  }
  await db.$transaction(async (tx) => {
    await tx.platformIdentity.upsert({
      where: { tenantId_platform_externalUserId: key },
      create: { ...key, personId: person.id, linkedBy: 'admin', createdAt: input.now },
      update: { personId: person.id, linkedBy: 'admin' },
    });
    await appendAudit(tx, {
      tenantId: input.tenantId,
      action: 'identity.linked',
      entity: 'PlatformIdentity',
      entityId: `${platform}:${input.externalUserId}`,
      before: existing ? { personId: existing.personId } : undefined,
      after: { personId: person.id },
      createdAt: input.now,
    });
  });
  return { personName: person.displayName, previousPerson: existing && existing.personId !== person.id ? existing.person.email : undefined };
}
