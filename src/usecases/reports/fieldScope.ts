import type { Db } from '../../db/client';
import { NotFoundError } from '../../domain/errors';
import type { Tenant } from '../../tenancy/tenant';

/** An operator's `--field KLI`: the action field's id, '' (the whole municipality) without one. */
export async function fieldScope(db: Db, tenant: Tenant, fieldCode: string | undefined): Promise<string> {
  if (!fieldCode) return '';
  const field = await db.actionField.findUnique({ where: { tenantId_code: { tenantId: tenant.id, code: fieldCode.toUpperCase() } }, select: { id: true } });
  if (field) return field.id;
  const codes = (await db.actionField.findMany({ where: { tenantId: tenant.id }, select: { code: true }, orderBy: { code: 'asc' } })).map((f) => f.code);
  throw new NotFoundError('subscriptions:unknownField', { code: fieldCode, codes: codes.join(', ') });
}
