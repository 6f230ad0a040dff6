import type { Db } from '../../db/client';
import { InvalidInputError } from '../../domain/errors';
import { isFuturePeriod, parsePeriod, periodKey } from '../../domain/period';
import { collectInYearReport } from '../../reports/inYear/collectInYearReport';
import type { InYearReport } from '../../reports/inYear/inYearReport';
import type { Tenant } from '../../tenancy/tenant';
import { fieldScope } from './fieldScope';

/**
 * The in-year report of a period for the operator's export: the snapshot of the posted report when
 * there is one (so the papers show what the channel got), the live figures otherwise.
 */
export async function inYearForExport(db: Db, tenant: Tenant, periodText: string, fieldCode: string | undefined, now: Date): Promise<InYearReport> {
  const period = parsePeriod(periodText);
  if (!period || period.frequency === 'yearly') throw new InvalidInputError('exports:unknownPeriod', { period: periodText });
  if (isFuturePeriod(period, now, tenant.timeZone)) throw new InvalidInputError('reports:periodInFuture', { period: periodKey(period) });
  const scope = await fieldScope(db, tenant, fieldCode);
  const snapshot = await db.reportSnapshot.findUnique({ where: { tenantId_kind_period_scope: { tenantId: tenant.id, kind: 'inyear', period: periodKey(period), scope } } });
  if (snapshot) return snapshot.data as unknown as InYearReport;
  return collectInYearReport(db, tenant, period, scope ? [scope] : undefined, now);
}
