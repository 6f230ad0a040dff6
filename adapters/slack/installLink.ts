import crypto from 'node:crypto';

/**
 * Installation links name the municipality a workspace is installed for, signed with the state
 * secret, so that nobody can bind their own workspace to a municipality by editing the link.
 */
export function installLinkSignature(tenantSlug: string, stateSecret: string): string {
  return crypto.createHmac('sha256', stateSecret).update(`v2030-install:${tenantSlug}`).digest('hex').slice(0, 32);
}

/** The path (below the bot's public URL) an operator hands to a municipality's Slack admin. */
export function installPath(tenantSlug: string, stateSecret: string): string {
  return `/slack/install?tenant=${encodeURIComponent(tenantSlug)}&sig=${installLinkSignature(tenantSlug, stateSecret)}`;
}

/** The tenant slug of a correctly signed install link, or undefined. */
export function verifiedInstallTenant(query: Record<string, unknown>, stateSecret: string): string | undefined {
  const { tenant, sig } = query;
  if (typeof tenant !== 'string' || typeof sig !== 'string' || !/^[a-z0-9-]+$/.test(tenant)) return undefined;
  const expected = Buffer.from(installLinkSignature(tenant, stateSecret));
  const given = Buffer.from(sig);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? tenant : undefined;
}
