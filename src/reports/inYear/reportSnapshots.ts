import type { Db, Prisma } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import type { Period } from '../../domain/period';
import { periodKey } from '../../domain/period';
import type { Tenant } from '../../tenancy/tenant';
import { collectInYearReport } from './collectInYearReport';
import type { InYearReport } from './inYearReport';

/**
 * The in-year report of a period and scope ('' = all fields) as first drafted: read from its snapshot,
 * or collected now and stored as the snapshot. Two replicas drafting at once store one; both get it.
 */
export async function inYearSnapshot(db: Db, tenant: Tenant, period: Period, scope: string, now: Date): Promise<InYearReport> {
  const key = { tenantId: tenant.id, kind: 'inyear', period: periodKey(period), scope };
  const existing = await db.reportSnapshot.findUnique({ where: { tenantId_kind_period_scope: key } });
  if (existing) return existing.data as unknown as InYearReport;
  const report = await collectInYearReport(db, tenant, period, scope ? [scope] : undefined, now);
  try {
    await db.reportSnapshot.create({ data: { ...key, data: report as unknown as Prisma.InputJsonValue, createdAt: now } });
    return report;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.reportSnapshot.findUniqueOrThrow({ where: { tenantId_kind_period_scope: key } });
    return winner.data as unknown as InYearReport;
  }
}
