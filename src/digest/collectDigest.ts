import type { Db } from '../db/client';
import { kpiDue, type KpiDueState } from '../domain/kpiDue';
import type { Frequency } from '../domain/period';
import type { Named } from '../format/localizedName';
import type { Tenant } from '../tenancy/tenant';

export const STALE_DAYS = 14;
const TREND_LENGTH = 8;

export interface DigestWindow {
  from: Date;
  to: Date;
}

/** What happened in one action field in the digest's week. */
export interface FieldDigest {
  field: Named & { code: string };
  progress: { code: string; title: string; author: string; percent: number; previousPercent: number; status: string; previousStatus: string; note: string | null; at: Date }[];
  stale: { code: string; title: string; lastUpdateAt: Date | null }[];
  kpiValues: (Named & { code: string; unit: string; period: string; value: string; trend: number[] })[];
  kpisDue: (Named & { code: string } & KpiDueState)[];
}

export function isEmpty(d: FieldDigest): boolean {
  return d.progress.length + d.stale.length + d.kpiValues.length + d.kpisDue.length === 0;
}

/** Collects the week of one action field (by id) or of all fields of a tenant. */
export async function collectDigest(db: Db, tenant: Tenant, actionFieldId: string | undefined, window: DigestWindow): Promise<FieldDigest[]> {
  const fields = await db.actionField.findMany({
    where: { tenantId: tenant.id, ...(actionFieldId && { id: actionFieldId }) },
    include: { team: true },
    orderBy: { code: 'asc' },
  });
  const digests: FieldDigest[] = [];
  for (const field of fields) {
    if (!field.team) continue;
    digests.push(await collectField(db, tenant, field.team.id, { code: field.code, name: field.name, nameEn: field.nameEn }, window));
  }
  return digests;
}

async function collectField(db: Db, tenant: Tenant, teamId: string, field: FieldDigest['field'], window: DigestWindow): Promise<FieldDigest> {
  const updates = await db.measureProgress.findMany({
    where: { tenantId: tenant.id, createdAt: { gte: window.from, lt: window.to }, measure: { teamId } },
    include: { measure: { select: { code: true, title: true } } },
    orderBy: { createdAt: 'asc' },
  });
  const authors = new Map(
    (await db.person.findMany({ where: { id: { in: [...new Set(updates.map((u) => u.authorId))] } }, select: { id: true, displayName: true } })).map((p) => [p.id, p.displayName]),
  );
  const staleBefore = new Date(window.to.getTime() - STALE_DAYS * 86_400_000);
  const stale = await db.measure.findMany({
    where: { tenantId: tenant.id, teamId, status: { not: 'done' }, OR: [{ lastUpdateAt: null }, { lastUpdateAt: { lt: staleBefore } }] },
    select: { code: true, title: true, lastUpdateAt: true },
  });
  const kpis = await db.kpi.findMany({ where: { tenantId: tenant.id, teamId }, orderBy: { code: 'asc' } });
  const recent = await db.kpiValue.findMany({
    where: { kpiId: { in: kpis.map((k) => k.id) } },
    orderBy: { periodEnd: 'desc' },
    select: { kpiId: true, period: true, value: true, recordedAt: true },
  });
  const kpiValues: FieldDigest['kpiValues'] = [];
  const kpisDue: FieldDigest['kpisDue'] = [];
  for (const kpi of kpis) {
    const values = recent.filter((v) => v.kpiId === kpi.id);
    const trend = values.slice(0, TREND_LENGTH).reverse().map((v) => Number(v.value.toString()));
    for (const v of values.filter((v) => v.recordedAt >= window.from && v.recordedAt < window.to)) {
      kpiValues.push({ code: kpi.code, name: kpi.name, nameEn: kpi.nameEn, unit: kpi.unit, period: v.period, value: v.value.toString(), trend });
    }
    const due = kpiDue(kpi.frequency as Frequency, kpi.graceDays, new Set(values.map((v) => v.period)), window.to, tenant.timeZone);
    if (due) kpisDue.push({ code: kpi.code, name: kpi.name, nameEn: kpi.nameEn, ...due });
  }
  return {
    field,
    progress: updates.map((u) => ({
      code: u.measure.code,
      title: u.measure.title,
      author: authors.get(u.authorId) ?? '?',
      percent: u.percent,
      previousPercent: u.previousPercent,
      status: u.status,
      previousStatus: u.previousStatus,
      note: u.note,
      at: u.createdAt,
    })),
    stale: stale.sort((a, b) => a.code.localeCompare(b.code, 'de', { numeric: true })),
    kpiValues,
    kpisDue,
  };
}
