import type { Db } from '../../db/client';
import { InvalidInputError } from '../../domain/errors';
import { isFuturePeriod } from '../../domain/period';
import { collectAnnualReport } from '../../reports/annual/collectAnnualReport';
import type { AnnualReport } from '../../reports/annual/annualReport';
import type { Tenant } from '../../tenancy/tenant';
import { fieldScope } from './fieldScope';

/** The annual goal-achievement report of a year for the operator's export: the stored snapshot when there is one, the live figures otherwise. */
export async function annualForExport(db: Db, tenant: Tenant, yearText: string, fieldCode: string | undefined, now: Date): Promise<AnnualReport> {
  if (!/^\d{4}$/.test(yearText)) throw new InvalidInputError('annual:unknownYear', { year: yearText });
  const year = Number(yearText);
  if (isFuturePeriod({ frequency: 'yearly', year, index: 1 }, now, tenant.timeZone)) throw new InvalidInputError('annual:yearInFuture', { year });
  const scope = await fieldScope(db, tenant, fieldCode);
  const snapshot = await db.reportSnapshot.findUnique({ where: { tenantId_kind_period_scope: { tenantId: tenant.id, kind: 'annual', period: String(year), scope } } });
  if (snapshot) return snapshot.data as unknown as AnnualReport;
  return collectAnnualReport(db, tenant, year, scope ? [scope] : undefined, now);
}
