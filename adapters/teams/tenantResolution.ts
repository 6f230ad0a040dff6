import type { Activity } from 'botbuilder';
import type { Config } from '../../src/config/env';
import type { Clock } from '../../src/clock';
import { NotFoundError } from '../../src/domain/errors';
import type { Logger } from '../../src/logger';
import type { BindingStore } from '../../src/platform/bindings';
import type { TenantKey } from '../../src/tenancy/tenant';
import type { TeamsSettings } from './settings';

/** The Teams (AAD) tenant id of an activity: channelData.tenant.id, else conversation.tenantId. */
export function teamsTenantId(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return channelData?.tenant?.id ?? activity.conversation?.tenantId ?? undefined;
}

export interface TenantResolver {
  /** How the core should look the municipality up for this activity. */
  keyFor(activity: Partial<Activity>): Promise<TenantKey>;
}

/**
 * A single-municipality installation: MICROSOFT_APP_TENANT_ID belongs to V2030_TENANT (its
 * PlatformBinding is upserted once the tenant exists). In unauthenticated local development without
 * a tenant id, every Teams tenant id maps to the configured municipality. Other tenant ids are
 * looked up in PlatformBinding (a provider hosting several towns binds each one).
 */
export function createTenantResolver(bindings: Pick<BindingStore, 'bind'>, clock: Clock, config: Pick<Config, 'tenantSlug'>, teams: TeamsSettings, logger: Logger): TenantResolver {
  const configured = teams.unauthenticated ? undefined : teams.appTenantId;
  let bound = false;
  async function ensureBinding(): Promise<void> {
    if (bound || !configured) return;
    try {
      // The operator's configuration says so: a binding to another municipality moves (audited).
      const outcome = await bindings.bind({ platform: 'teams', externalId: configured, tenantSlug: config.tenantSlug, by: 'MICROSOFT_APP_TENANT_ID', move: true }, clock.now());
      if (outcome === 'bound') logger.info({ teamsTenant: configured, tenant: config.tenantSlug }, 'Teams tenant bound to the municipality');
    } catch (error) {
      if (error instanceof NotFoundError) return; // not seeded or imported yet; tried again with the next activity
      throw error;
    }
    bound = true;
  }
  return {
    async keyFor(activity) {
      const externalId = teamsTenantId(activity) ?? '';
      if (teams.unauthenticated) return { slug: config.tenantSlug };
      if (externalId === configured) await ensureBinding();
      return { platform: 'teams', externalId };
    },
  };
}

export async function ensureConfiguredBinding(resolver: TenantResolver, configuredTenantId: string | undefined): Promise<void> {
  if (configuredTenantId) await resolver.keyFor({ conversation: { tenantId: configuredTenantId } as Activity['conversation'] });
}
