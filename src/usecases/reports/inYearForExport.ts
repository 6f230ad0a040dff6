import type { Db } from '../../db/client';
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import { isFuturePeriod, parsePeriod, periodKey } from '../../domain/period';
import { collectInYearReport } from '../../reports/inYear/collectInYearReport';
import type { InYearReport } from '../../reports/inYear/inYearReport';
import type { Tenant } from '../../tenancy/tenant';

/**
 * The in-year report of a period for the operator's export: the snapshot of the posted report when
 * there is one (so the papers show what the channel got), the live figures otherwise.
 */
export async function inYearForExport(db: Db, tenant: Tenant, periodText: string, fieldCode: string | undefined, now: Date): Promise<InYearReport> {
  const period = parsePeriod(periodText);
  if (!period || period.frequency === 'yearly') throw new InvalidInputError('exports:unknownPeriod', { period: periodText });
  if (isFuturePeriod(period, now, tenant.timeZone)) throw new InvalidInputError('reports:periodInFuture', { period: periodKey(period) });
  let scope = '';
  if (fieldCode) {
    const field = await db.actionField.findUnique({ where: { tenantId_code: { tenantId: tenant.id, code: fieldCode.toUpperCase() } }, select: { id: true } });
    if (!field) {
      const codes = (await db.actionField.findMany({ where: { tenantId: tenant.id }, select: { code: true }, orderBy: { code: 'asc' } })).map((f) => f.code);
      throw new NotFoundError('subscriptions:unknownField', { code: fieldCode, codes: codes.join(', ') });
    }
    scope = field.id;
  }
  const snapshot = await db.reportSnapshot.findUnique({ where: { tenantId_kind_period_scope: { tenantId: tenant.id, kind: 'inyear', period: periodKey(period), scope } } });
  if (snapshot) return snapshot.data as unknown as InYearReport;
  return collectInYearReport(db, tenant, period, scope ? [scope] : undefined, now);
}
