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

export async function resolveTenant(db: Db, key: TenantKey): Promise<Tenant> {
  const row =
    'slug' in key
      ? await db.tenant.findUnique({ where: { slug: key.slug } })
      : (await db.platformBinding.findUnique({ where: { platform_externalId: key }, include: { tenant: true } }))?.tenant;
  if (!row) {
    throw new NotFoundError('access:unknownTenant', { key: 'slug' in key ? key.slug : `${key.platform} ${key.externalId}` });
  }
  return { id: row.id, slug: row.slug, name: row.name, locale: isLocale(row.locale) ? row.locale : 'de', timeZone: row.timeZone };
}
