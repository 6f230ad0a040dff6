import type { Db, Prisma, Tx } from '../db/client';
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

/** Which report of a period a snapshot holds. */
export interface SnapshotKey {
  kind: string;
  scope: string;
}

/**
 * Deletes the period's snapshots (every kind and scope) and says which there were: a period locked again
 * after a reopen is drafted anew (`redraftSnapshots`), so that what is kept shows the corrections.
 */
export async function takeSnapshots(tx: Tx, tenantId: string, period: Period): Promise<SnapshotKey[]> {
  const where = { tenantId, period: periodKey(period) };
  const rows = await tx.reportSnapshot.findMany({ where, select: { kind: true, scope: true }, orderBy: [{ kind: 'asc' }, { scope: 'asc' }] });
  await tx.reportSnapshot.deleteMany({ where });
  return rows;
}

/** Drafts the given snapshots of a period again from the figures now, and the whole municipality's report. */
export async function redraftSnapshots(db: Db, tenant: Tenant, period: Period, keys: SnapshotKey[], now: Date): Promise<void> {
  for (const { kind, scope } of keys) {
    if (kind === 'annual') await stored(db, { tenantId: tenant.id, kind, period: periodKey(period), scope }, now, () => collectAnnualReport(db, tenant, period.year, scope ? [scope] : undefined, now));
    else await inYearSnapshot(db, tenant, period, scope, now);
  }
  await draftSnapshot(db, tenant, period, now);
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
