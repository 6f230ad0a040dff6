import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { NotFoundError } from '../domain/errors';
import { isLocale, type Locale } from '../i18n';
import type { Platform } from '../domain/roles';

export interface Tenant {
  id: string;
  slug: string;
  name: string;
  locale: Locale;
  timeZone: string;
}

/** How an inbound request names its municipality: by slug (console, CLI) or by platform binding. */
export type TenantKey = { slug: string } | { platform: Exclude<Platform, 'console'>; externalId: string };

/**
 * How long a resolved municipality is reused without asking the database. Tenant rows (name, locale,
 * time zone) practically never change and a platform binding never moves to another municipality
 * (the installation store refuses that), so a minute-old answer is as good as a fresh one; an
 * unknown key is never cached, so a newly bound workspace works at once. This is not authorization
 * data: who may do what is read on every request (src/tenancy/actor.ts).
 */
export const TENANT_CACHE_TTL_MS = 60_000;

const caches = new WeakMap<Db, Map<string, { until: number; tenant: Tenant }>>();

export async function resolveTenant(db: Db, key: TenantKey, clock: Clock): Promise<Tenant> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const cacheKey = 'slug' in key ? `slug:${key.slug}` : `${key.platform}:${key.externalId}`;
  const now = clock.now().getTime();
  const hit = cache.get(cacheKey);
  if (hit && hit.until > now) return hit.tenant;
  const tenant = await loadTenant(db, key);
  cache.set(cacheKey, { until: now + TENANT_CACHE_TTL_MS, tenant });
  return tenant;
}

const tenantColumns = { id: true, slug: true, name: true, locale: true, timeZone: true } as const;

async function loadTenant(db: Db, key: TenantKey): Promise<Tenant> {
  const row =
    'slug' in key
      ? await db.tenant.findUnique({ where: { slug: key.slug }, select: tenantColumns })
      : await db.tenant.findFirst({ where: { bindings: { some: { platform: key.platform, externalId: key.externalId } } }, select: tenantColumns });
  if (!row) {
    throw new NotFoundError('access:unknownTenant', { key: 'slug' in key ? key.slug : `${key.platform} ${key.externalId}` });
  }
  return { id: row.id, slug: row.slug, name: row.name, locale: isLocale(row.locale) ? row.locale : 'de', timeZone: row.timeZone };
}
