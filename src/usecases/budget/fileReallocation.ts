import type { Admission } from '../../domain/budget/classifyReallocation';
import { checkSustainability } from '../../domain/budget/sustainabilityCheck';
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { Tx } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { auditRecord } from '../audit';
import type { UseCaseContext } from '../context';
import { draftOf, resolveReallocation, type Resolved } from './proposeReallocation';
import { refusalError } from './refusalError';
import { appendAudit } from '../../audit/appendAudit';

export interface FiledReallocation {
  id: string;
  number: number;
  status: string;
  /** Absent for a redelivery. */
  classification?: Admission;
  /** The same delivery had filed it before; nothing new was filed. */
  duplicate: boolean;
}

const MAX_ATTEMPTS = 8;

/** A new line without plan for a product (außerplanmäßig), in the source's joint budget. */
async function openLine(tx: Tx, ctx: UseCaseContext, resolved: Resolved): Promise<string> {
  if ('line' in resolved.to) return resolved.to.line.id;
  const { product } = resolved.to;
  const code = `${product.code}/apl`;
  const existing = await tx.budgetLine.findFirst({ where: { tenantId: ctx.actor.tenant.id, year: resolved.budget.year, code }, select: { id: true } });
  if (existing) return existing.id;
  const line = await tx.budgetLine.create({
    data: {
      tenantId: ctx.actor.tenant.id,
      year: resolved.budget.year,
      jointBudgetId: resolved.budget.id,
      productId: product.id,
      code,
      account: resolved.from.code,
      name: product.name,
      kind: 'expense',
      plannedCents: 0n,
      source: 'außerplanmäßig',
    },
    select: { id: true },
  });
  await appendAudit(tx, auditRecord(ctx, 'budget.line.opened', 'BudgetLine', line.id, undefined, { code, product: product.code }));
  return line.id;
}

/**
 * `ja` / the confirm button: files the person's draft as a request, classified again against the
 * budget as it is now. The request waits for the council first when its §83 amount is material.
 * A redelivered confirmation (same delivery key) files nothing twice.
 */
export async function fileReallocation(ctx: UseCaseContext, after?: (tx: Tx, filed: FiledReallocation) => Promise<void>): Promise<FiledReallocation> {
  const tenantId = ctx.actor.tenant.id;
  const requestKey = ctx.deliveryKey ? `${ctx.deliveryKey.platform}:${ctx.deliveryKey.key}` : null;
  for (let attempt = 0; ; attempt++) {
    try {
      return await ctx.db.$transaction(async (tx) => {
        if (requestKey) {
          const earlier = await tx.reallocationRequest.findUnique({ where: { tenantId_requestKey: { tenantId, requestKey } } });
          if (earlier) return { id: earlier.id, number: earlier.number, status: earlier.status, duplicate: true };
        }
        const input = await draftOf(tx, tenantId, ctx.actor.personId);
        if (!input) throw new NotFoundError('budget:noDraft');
        const sustainability = checkSustainability(input.effect, input.effectNote);
        const resolved = await resolveReallocation(ctx, tx, input);
        const c = resolved.classification;
        if (c.kind === 'refused') throw refusalError(c, ctx.actor.locale, (id) => (id === resolved.from.id ? resolved.from.code : input.toCode));
        const toLineId = await openLine(tx, ctx, resolved);
        const last = await tx.reallocationRequest.aggregate({ where: { tenantId }, _max: { number: true } });
        const number = (last._max.number ?? 0) + 1;
        const status = c.councilConsent ? 'awaiting_council' : 'pending';
        const row = await tx.reallocationRequest.create({
          data: {
            tenantId,
            number,
            year: resolved.budget.year,
            jointBudgetId: resolved.budget.id,
            fromLineId: resolved.from.id,
            toLineId,
            amountCents: input.amountCents,
            reason: input.reason,
            justification: input.justification ?? null,
            sustainabilityEffect: sustainability.effect,
            sustainabilityNote: sustainability.note,
            classification: c.kind,
            cover: c.cover,
            legalBasis: c.legalBasis,
            requiredLevel: c.tier.level,
            deciderRoles: c.tier.roles.join(','),
            approvalsNeeded: c.tier.approvals,
            cumulativeCents: c.cumulativeCents,
            councilConsentNeeded: c.councilConsent,
            status,
            requesterId: ctx.actor.personId,
            requestKey,
            createdAt: ctx.now,
          },
          select: { id: true },
        });
        await tx.reallocationDraft.delete({ where: { tenantId_personId: { tenantId, personId: ctx.actor.personId } } });
        await appendAudit(tx, auditRecord(ctx, 'reallocation.filed', 'ReallocationRequest', row.id, undefined, {
            number,
            amountCents: String(input.amountCents),
            from: resolved.from.code,
            toLineId,
            classification: c.kind,
            status,
            sustainabilityEffect: sustainability.effect,
            sustainabilityNote: sustainability.note,
          }));
        const filed = { id: row.id, number, status, classification: c, duplicate: false };
        await after?.(tx, filed);
        return filed;
      });
    } catch (error) {
      // Two requests filed at once took the same number: the later one takes the next.
      if (isUniqueViolation(error) && attempt < MAX_ATTEMPTS) continue;
      if (isUniqueViolation(error)) throw new ConflictError('budget:busy');
      throw error;
    }
  }
}
