import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Clock } from '../../src/clock';
import type { Logger } from '../../src/logger';
import type { PlatformStores } from '../../src/platform/stores';
import type { TenantKey } from '../../src/tenancy/tenant';

/** The id the core knows a Teams user by: the AAD object id (stable across chats and channels). */
export function teamsUserId(context: TurnContext): string {
  const from = context.activity.from;
  return from.aadObjectId ?? from.id;
}

/**
 * Before the first interaction of an unlinked Teams user, asks Teams for the member's roster entry
 * (e-mail, UPN; with authentication on, the service URL is vouched for by the token) and links the
 * account to the person of the municipality with that address. Linked accounts are remembered, so
 * this costs one lookup per user and process.
 */
export function createUserLinker(stores: Pick<PlatformStores, 'tenant' | 'identities'>, clock: Clock, logger: Logger) {
  const known = new Set<string>();
  return async function ensureLinked(context: TurnContext, tenantKey: TenantKey): Promise<void> {
    const userId = teamsUserId(context);
    const keyOfRequest = `${JSON.stringify(tenantKey)}\u0000${userId}`;
    if (known.has(keyOfRequest)) return;
    const tenant = await stores.tenant(tenantKey);
    if (!tenant) return; // unknown tenant: the core answers that
    const tenantId = tenant.id;
    if (await stores.identities.personOf(tenantId, 'teams', userId)) {
      known.add(keyOfRequest);
      return;
    }
    let emails: (string | undefined)[] = [];
    try {
      const member = await TeamsInfo.getMember(context, context.activity.from.id);
      emails = [member.email, member.userPrincipalName];
    } catch (error) {
      logger.warn({ err: error, user: userId }, 'Teams roster lookup failed; the user stays unlinked');
      return;
    }
    const result = await stores.identities.linkByVerifiedEmail({ tenantId, platform: 'teams', externalUserId: userId, emails, now: clock.now() });
    if (result.linked) {
      known.add(keyOfRequest);
      logger.info({ user: userId, person: result.personId }, 'Teams user linked by roster e-mail');
    }
  };
}
