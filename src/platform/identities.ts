import type { Db } from '../db/client';
import { linkByVerifiedEmail, type LinkByVerifiedEmailInput, type LinkByVerifiedEmailResult } from '../usecases/admin/linkByVerifiedEmail';

/** Which person a platform account belongs to, and linking accounts by the e-mail the platform vouches for. */
export interface IdentityStore {
  /** The person linked to the account, if any. */
  personOf(tenantId: string, platform: string, externalUserId: string): Promise<string | undefined>;
  /** Links the account to the active person with one of the addresses (audited); see linkByVerifiedEmail. */
  linkByVerifiedEmail(input: LinkByVerifiedEmailInput): Promise<LinkByVerifiedEmailResult>;
}

export function createIdentityStore(db: Db): IdentityStore {
  return {
    async personOf(tenantId, platform, externalUserId) {
      const row = await db.platformIdentity.findUnique({ where: { tenantId_platform_externalUserId: { tenantId, platform, externalUserId } }, select: { personId: true } });
      return row?.personId;
    },
    linkByVerifiedEmail: (input) => linkByVerifiedEmail(db, input),
  };
}
