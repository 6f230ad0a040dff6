import type { Db, Prisma } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import { periodKey, type Period } from '../domain/period';
import type { Tenant } from '../tenancy/tenant';
import { collectAnnualReport } from './annual/collectAnnualReport';
import { collectInYearReport } from './inYear/collectInYearReport';
import type { InYearReport } from './inYear/inYearReport';

/**
 * The in-year report of a period and scope ('' = all fields) as first drafted: read from its snapshot,
 * or collected now and stored as the snapshot. Two replicas drafting at once store one; both get it.
 */
export async function inYearSnapshot(db: Db, tenant: Tenant, period: Period, scope: string, now: Date): Promise<InYearReport> {
  return stored(db, { tenantId: tenant.id, kind: 'inyear', period: periodKey(period), scope }, now, () => collectInYearReport(db, tenant, period, scope ? [scope] : undefined, now));
}

/** The whole municipality's report of a period as first drafted: the annual one for a year, the in-year one otherwise. */
export async function draftSnapshot(db: Db, tenant: Tenant, period: Period, now: Date): Promise<void> {
  if (period.frequency !== 'yearly') return void (await inYearSnapshot(db, tenant, period, '', now));
  await stored(db, { tenantId: tenant.id, kind: 'annual', period: periodKey(period), scope: '' }, now, () => collectAnnualReport(db, tenant, period.year, undefined, now));
}

async function stored<T>(db: Db, key: { tenantId: string; kind: string; period: string; scope: string }, now: Date, collect: () => Promise<T>): Promise<T> {
  const existing = await db.reportSnapshot.findUnique({ where: { tenantId_kind_period_scope: key } });
  if (existing) return existing.data as unknown as T;
  const report = await collect();
  try {
    await db.reportSnapshot.create({ data: { ...key, data: report as unknown as Prisma.InputJsonValue, createdAt: now } });
    return report;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.reportSnapshot.findUniqueOrThrow({ where: { tenantId_kind_period_scope: key } });
    return winner.data as unknown as T;
  }
}
