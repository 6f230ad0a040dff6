import { IANAZone } from 'luxon';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { ConflictError, InvalidInputError } from '../../domain/errors';
import { isLocale, type Locale } from '../../i18n';
import { appendAudit } from '../../audit/appendAudit';

export interface CreateTenantInput {
  slug: string;
  name: string;
  locale: string;
  timeZone: string;
  now: Date;
}

/** The short name a municipality is addressed by (`V2030_TENANT`, `--tenant`): lower case, digits, hyphens. */
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

/** Creates an empty municipality, to import its strategy, measures, KPIs and budget plan into. */
export async function createTenant(db: Db, input: CreateTenantInput): Promise<{ id: string; slug: string; name: string; locale: Locale }> {
  const name = input.name.trim();
  if (!SLUG.test(input.slug)) throw new InvalidInputError('cli:tenantBadSlug', { slug: input.slug });
  if (!name) throw new InvalidInputError('cli:tenantNoName');
  if (!isLocale(input.locale)) throw new InvalidInputError('cli:tenantBadLocale', { locale: input.locale });
  if (!IANAZone.isValidZone(input.timeZone)) throw new InvalidInputError('cli:tenantBadZone', { zone: input.timeZone });
  try {
    const locale = input.locale;
    return await db.$transaction(async (tx) => {
      const tenant = await tx.tenant.create({ data: { slug: input.slug, name, locale, timeZone: input.timeZone, createdAt: input.now }, select: { id: true } });
      await appendAudit(tx, { tenantId: tenant.id, action: 'tenant.create', entity: 'Tenant', entityId: tenant.id, after: { slug: input.slug, name }, createdAt: input.now });
      return { id: tenant.id, slug: input.slug, name, locale };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('cli:tenantExists', { slug: input.slug });
    throw error;
  }
}

/** Every municipality of the installation, by slug. */
export function listTenants(db: Db) {
  return db.tenant.findMany({ orderBy: { slug: 'asc' }, select: { slug: true, name: true, locale: true, timeZone: true } });
}
