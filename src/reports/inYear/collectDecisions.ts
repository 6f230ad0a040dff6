import type { Db } from '../../db/client';
import { isOpen } from '../../alerts/alertMachine';
import { isSustainabilityEffect } from '../../domain/budget/sustainabilityCheck';
import { OPEN_STATUSES } from '../../domain/budget/requestLifecycle';
import type { AlertItem, InYearReport, ReallocationItem } from './inYearReport';

const DECIDED: readonly string[] = ['approved', 'rejected'];
const UNPLANNED = ['overplanned', 'unplanned'];

/**
 * Open alerts, reallocations pending and decided in the year up to the period's end, and the year's
 * über- and außerplanmäßige items. A section the municipality has no rows for at all is null ("no data yet").
 */
export async function collectDecisions(
  db: Db,
  tenantId: string,
  fieldIds: string[],
  yearStart: Date,
  periodEnd: Date,
): Promise<Pick<InYearReport, 'alerts' | 'reallocations' | 'unplanned'>> {
  return { alerts: await collectAlerts(db, tenantId, fieldIds), ...(await collectReallocations(db, tenantId, fieldIds, yearStart, periodEnd)) };
}

async function collectAlerts(db: Db, tenantId: string, fieldIds: string[]): Promise<AlertItem[] | null> {
  if ((await db.alert.count({ where: { tenantId } })) === 0) return null;
  const rows = await db.alert.findMany({
    where: { tenantId, kpi: { team: { actionFieldId: { in: fieldIds } } } },
    include: { kpi: { select: { code: true } } },
    orderBy: { number: 'asc' },
  });
  return rows
    .filter((a) => isOpen(a.state))
    .map((a) => ({ number: a.number, kpiCode: a.kpi?.code ?? null, severity: a.severity, state: a.state, period: a.period, since: a.firedAt?.toISOString() ?? null }));
}

async function collectReallocations(db: Db, tenantId: string, fieldIds: string[], yearStart: Date, periodEnd: Date): Promise<Pick<InYearReport, 'reallocations' | 'unplanned'>> {
  if ((await db.reallocationRequest.count({ where: { tenantId } })) === 0) return { reallocations: null, unplanned: null };
  const rows = await db.reallocationRequest.findMany({
    where: { tenantId, jointBudget: { actionFieldId: { in: fieldIds } }, createdAt: { lt: periodEnd } },
    include: { jointBudget: { select: { actionField: { select: { code: true } } } }, fromLine: { select: { code: true } }, toLine: { select: { code: true } } },
    orderBy: { number: 'asc' },
  });
  const item = (r: (typeof rows)[number]): ReallocationItem => ({
    number: r.number,
    fieldCode: r.jointBudget.actionField.code,
    fromLine: r.fromLine.code,
    toLine: r.toLine.code,
    amountCents: r.amountCents.toString(),
    classification: r.classification,
    status: r.status,
    at: (r.decidedAt ?? r.createdAt).toISOString(),
    sustainability: isSustainabilityEffect(r.sustainabilityEffect) ? { effect: r.sustainabilityEffect, note: r.sustainabilityNote ?? '' } : null,
  });
  const inYear = (r: (typeof rows)[number]) => r.decidedAt !== null && r.decidedAt >= yearStart && r.decidedAt < periodEnd;
  return {
    reallocations: {
      pending: rows.filter((r) => (OPEN_STATUSES as readonly string[]).includes(r.status)).map(item),
      decided: rows.filter((r) => DECIDED.includes(r.status) && inYear(r)).map(item),
    },
    unplanned: rows.filter((r) => UNPLANNED.includes(r.classification) && r.status === 'approved' && inYear(r)).map(item),
  };
}
