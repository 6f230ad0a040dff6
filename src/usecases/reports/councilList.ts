import type { Db } from '../../db/client';
import { SECTION_83_KINDS } from '../../domain/budget/supplementaryBudget';
import { InvalidInputError } from '../../domain/errors';
import type { Tenant } from '../../tenancy/tenant';
import { loadBudgetPolicy } from '../budget/budgetYear';
import { section83TotalCents } from '../budget/supplementaryBudgetWarning';

export interface CouncilListItem {
  number: number;
  fieldCode: string;
  classification: string;
  fromLine: string;
  toLine: string;
  toLineName: string;
  amountCents: bigint;
  /** §83 amount to the target line in the year up to and including this request (materiality). */
  cumulativeCents: bigint;
  reason: string;
  justification: string | null;
  cover: string;
  status: string;
  filedAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
  /** At or above the materiality threshold: the council's or committee's prior consent was needed. */
  councilConsentNeeded: boolean;
  councilDecidedOn: Date | null;
  councilReference: string | null;
}

export interface CouncilList {
  tenantName: string;
  year: number;
  asOf: Date;
  materialityThresholdCents: bigint;
  /** The year's applied §83 total (what the §81 early warning compares). */
  approvedTotalCents: bigint;
  items: CouncilListItem[];
}

const YEAR = /^\d{4}$/;

/**
 * The über- and außerplanmäßige items of a budget year the council must be told about (§83 GO NRW,
 * DESIGN.md §7.5): every one approved (below the materiality threshold: for its information; at or
 * above: with the date and reference of its prior consent), and the material ones still waiting for
 * that consent or for the treasurer after it. Rejected, withdrawn and expired requests moved nothing.
 */
export async function councilList(db: Db, tenant: Tenant, yearText: string, now: Date): Promise<CouncilList> {
  if (!YEAR.test(yearText)) throw new InvalidInputError('budgetOversight:invalidYear', { value: yearText });
  const year = Number(yearText);
  const tenantId = tenant.id;
  const rows = await db.reallocationRequest.findMany({
    where: {
      tenantId,
      year,
      classification: { in: [...SECTION_83_KINDS] },
      OR: [{ status: 'approved' }, { councilConsentNeeded: true, status: { in: ['awaiting_council', 'pending', 'info_requested'] } }],
    },
    include: { jointBudget: { select: { actionField: { select: { code: true } } } }, fromLine: { select: { code: true } }, toLine: { select: { code: true, name: true } } },
    orderBy: { number: 'asc' },
  });
  const deciders = await db.person.findMany({ where: { id: { in: rows.flatMap((r) => (r.decidedById ? [r.decidedById] : [])) } }, select: { id: true, displayName: true } });
  const names = new Map(deciders.map((p) => [p.id, p.displayName]));
  const [policy, total] = await Promise.all([loadBudgetPolicy(db, tenantId, year), section83TotalCents(db, tenantId, year)]);
  return {
    tenantName: tenant.name,
    year,
    asOf: now,
    materialityThresholdCents: policy.materialityThresholdCents,
    approvedTotalCents: total.totalCents,
    items: rows.map((r) => ({
      number: r.number,
      fieldCode: r.jointBudget.actionField.code,
      classification: r.classification,
      fromLine: r.fromLine.code,
      toLine: r.toLine.code,
      toLineName: r.toLine.name,
      amountCents: r.amountCents,
      cumulativeCents: r.cumulativeCents,
      reason: r.reason,
      justification: r.justification,
      cover: r.cover,
      status: r.status,
      filedAt: r.createdAt,
      decidedAt: r.decidedAt,
      decidedBy: r.decidedById ? (names.get(r.decidedById) ?? null) : null,
      councilConsentNeeded: r.councilConsentNeeded,
      councilDecidedOn: r.councilDecidedOn,
      councilReference: r.councilReference,
    })),
  };
}
