import Decimal from 'decimal.js';
import { AlertChangedConcurrently, alertsAfterKpiValue } from '../../alerts/afterKpiValue';
import { ConflictError, ForbiddenError } from '../../domain/errors';
import { checkBounds, farOffSeries } from '../../domain/kpiPlausibility';
import { checkUnit } from '../../domain/kpiUnit';
import { checkNote } from '../../domain/progressRules';
import { formatDecimal } from '../../format';
import { periodForValue } from '../../domain/kpiPeriodRules';
import { periodEnd, periodKey, type Frequency, type Period } from '../../domain/period';
import type { Tx } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import type { KpiValue } from '../../generated/postgresql/client';
import { auditRecord } from '../audit';
import { assertPeriodOpen } from '../periods/periodLocks';
import type { UseCaseContext } from '../context';
import { claimDelivery, wasDelivered } from '../deliveryGuard';
import { lockKpi, QUEUED_BOOKING } from '../rowLocks';
import { findKpi, type KpiWithTargets } from './findKpi';
import { appendAudit } from '../../audit/appendAudit';

export interface RecordKpiValueInput {
  kpiCode: string;
  /** Exact decimal in plain notation, e.g. "412.5". */
  value: string;
  /** The unit as typed after the value, if any; it must be the KPI's. */
  unit?: string;
  /** Without it, the latest due period, which is never corrected by default. */
  period?: Period;
  note?: string;
  /** The person confirmed a value far off the series (`kennzahl CO2-1 2025! 2025`, or the button). */
  confirmed?: boolean;
}

export interface KpiValueRecorded {
  kpi: KpiWithTargets;
  period: string;
  value: string;
  /** The value it replaced when this was a correction. */
  previous?: { value: string; recordedAt: Date };
  unchanged: boolean;
  duplicate: boolean;
  note?: string;
  /** Nothing was stored: the value is far off the series (its median here) and waits for a confirmation. */
  farOff?: { median: string };
  /** The latest values, oldest first, for a trend. */
  trend: { period: string; value: string }[];
}

class RevisionConflict extends Error {}
const MAX_ATTEMPTS = 8;

/** A member of the KPI's responsible team records (or corrects) its value for a period. */
export async function recordKpiValue(ctx: UseCaseContext, input: RecordKpiValueInput): Promise<KpiValueRecorded> {
  const note = checkNote(input.note);
  const kpi = await findKpi(ctx, input.kpiCode);
  if (!ctx.actor.teamIds.includes(kpi.teamId)) throw new ForbiddenError('kpis:notYourTeam', { code: kpi.code, team: kpi.team.name });
  checkUnit(kpi, input.unit);
  const zone = ctx.actor.tenant.timeZone;
  const period = periodForValue({ code: kpi.code, frequency: kpi.frequency as Frequency }, input.period, ctx.now, zone);
  const key = periodKey(period);
  const value = new Decimal(input.value).toString();
  const num = (v: string) => formatDecimal(v, ctx.actor.locale, 10);
  checkBounds(kpi, value, num);
  await assertPeriodOpen(ctx, ctx.db, periodEnd(period, zone));
  const base = { kpi, period: key, value, unchanged: false, duplicate: false, ...(note !== undefined && { note }) };
  const result = async () => ({ ...base, trend: await latestValues(ctx, kpi.id) });
  if (!input.confirmed) {
    const others = await ctx.db.kpiValue.findMany({ where: { kpiId: kpi.id, NOT: { period: key } }, orderBy: { periodEnd: 'desc' }, take: 4, select: { value: true } });
    const median = farOffSeries(value, others.map((o) => o.value.toString()));
    if (median !== undefined) return { ...(await result()), farOff: { median } };
  }

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      // Read and write in one transaction behind the KPI's lock: a value read before it could be
      // replaced meanwhile, and with many at once the retries ran out ("busy" for an acknowledged value).
      const booked = await ctx.db.$transaction(async (tx) => {
        await lockKpi(ctx.db, tx, kpi.id);
        const existing = await tx.kpiValue.findUnique({ where: { kpiId_period: { kpiId: kpi.id, period: key } } });
        if (existing && new Decimal(existing.value.toString()).equals(value) && (existing.note ?? undefined) === note) return { unchanged: true };
        const previous = existing ? { value: existing.value.toString(), recordedAt: existing.recordedAt } : undefined;
        if (previous && !input.period) {
          throw new ConflictError('kpis:correctionNeedsPeriod', { code: kpi.code, period: key, previous: num(previous.value), value: num(value), unit: kpi.unit });
        }
        await claimDelivery(tx, ctx);
        await writeValue(tx, ctx, { kpi, period, key, value, note }, existing);
        // Alerts look at values only: a note added to the same value changes none of them.
        if (!existing || !new Decimal(existing.value.toString()).equals(value)) await alertsAfterKpiValue(tx, ctx, kpi);
        return { unchanged: false, previous };
      }, QUEUED_BOOKING);
      return { ...(await result()), ...booked };
    } catch (error) {
      if (error instanceof RevisionConflict || error instanceof AlertChangedConcurrently) continue;
      if (isUniqueViolation(error)) {
        if (await wasDelivered(ctx)) return { ...(await result()), duplicate: true };
        continue; // someone else created the period's first value at the same moment: record as a correction
      }
      throw error;
    }
  }
  throw new ConflictError('kpis:busy', { code: kpi.code });
}

interface NewValue {
  kpi: KpiWithTargets;
  period: Period;
  key: string;
  value: string;
  note: string | undefined;
}

/** Stores the value (or its correction) with its revision and audit record. */
async function writeValue(tx: Tx, ctx: UseCaseContext, v: NewValue, existing: KpiValue | null): Promise<void> {
  const data = { value: v.value, note: v.note ?? null, recordedById: ctx.actor.personId, recordedAt: ctx.now };
  let kpiValueId: string;
  let revision = 1;
  if (existing) {
    revision = existing.revision + 1;
    const updated = await tx.kpiValue.updateMany({ where: { id: existing.id, revision: existing.revision }, data: { ...data, revision } });
    if (updated.count === 0) throw new RevisionConflict();
    kpiValueId = existing.id;
  } else {
    const zone = ctx.actor.tenant.timeZone;
    const created = await tx.kpiValue.create({
      data: { ...data, tenantId: v.kpi.tenantId, kpiId: v.kpi.id, period: v.key, periodEnd: periodEnd(v.period, zone) },
    });
    kpiValueId = created.id;
  }
  await tx.kpiValueRevision.create({ data: { ...data, tenantId: v.kpi.tenantId, kpiValueId, revision } });
  const before = existing ? { period: v.key, value: existing.value.toString() } : undefined;
  await appendAudit(tx, auditRecord(ctx, existing ? 'kpi.value_corrected' : 'kpi.value_recorded', 'KpiValue', kpiValueId, before, { period: v.key, value: v.value, note: v.note ?? null }));
}

const TREND_LENGTH = 8;

async function latestValues(ctx: UseCaseContext, kpiId: string): Promise<{ period: string; value: string }[]> {
  const rows = await ctx.db.kpiValue.findMany({ where: { kpiId }, orderBy: { periodEnd: 'desc' }, take: TREND_LENGTH });
  return rows.reverse().map((r) => ({ period: r.period, value: r.value.toString() }));
}
