import { targetOf, type Db, type Tx } from '../../db/client';
import { dueWarningThresholds, SECTION_83_KINDS } from '../../domain/budget/supplementaryBudget';
import { viewFor } from '../../alerts/notifyAlerts';
import { enqueueDirect, enqueuePost } from '../../outbox/enqueue';
import { supplementaryBudgetWarningView, type SupplementaryBudgetWarning } from '../../views/supplementaryBudgetView';
import { auditRecord } from '../audit';
import type { UseCaseContext } from '../context';
import { loadBudgetPolicy } from './budgetYear';
import { appendAudit } from '../../audit/appendAudit';

const isSection83 = (classification: string) => (SECTION_83_KINDS as readonly string[]).includes(classification);

/** The year's §83 total: über- and außerplanmäßige requests applied so far (this transaction's included). */
export async function section83TotalCents(tx: Db | Tx, tenantId: string, year: number): Promise<{ totalCents: bigint; items: number }> {
  const sum = await tx.reallocationRequest.aggregate({
    where: { tenantId, year, classification: { in: [...SECTION_83_KINDS] }, appliedAt: { not: null } },
    _sum: { amountCents: true },
    _count: { _all: true },
  });
  return { totalCents: sum._sum.amountCents ?? 0n, items: sum._count._all };
}

/**
 * After a §83 item was applied, in its transaction (§81 GO NRW, DESIGN.md §7.6): when the year's
 * §83 total is above one of the policy's thresholds not warned of yet, a `SupplementaryBudgetWarning`
 * row (unique per tenant, year and threshold) and, through the outbox, a post to every channel
 * subscribed with `abo kämmerei` and a direct message to every treasurer. On PostgreSQL the budget
 * year's row is locked first, so concurrent approvals see each other's totals and none is missed.
 */
export async function warnOnSupplementaryBudget(tx: Tx, ctx: UseCaseContext, request: { number: number; year: number; classification: string }): Promise<void> {
  if (!isSection83(request.classification)) return;
  const tenant = ctx.actor.tenant;
  if (targetOf(ctx.db).provider === 'postgresql') {
    await tx.$queryRaw`SELECT 1 FROM "BudgetYear" WHERE "tenantId" = ${tenant.id} AND "year" = ${request.year} FOR UPDATE`;
  }
  // One after the other: a transaction's queries share one connection.
  const policy = await loadBudgetPolicy(tx, tenant.id, request.year);
  const { totalCents, items } = await section83TotalCents(tx, tenant.id, request.year);
  const warned = await tx.supplementaryBudgetWarning.findMany({ where: { tenantId: tenant.id, year: request.year }, select: { thresholdCents: true } });
  for (const thresholdCents of dueWarningThresholds(policy, totalCents, warned.map((w) => w.thresholdCents))) {
    const row = await tx.supplementaryBudgetWarning.create({ data: { tenantId: tenant.id, year: request.year, thresholdCents, totalCents, createdAt: ctx.now }, select: { id: true } });
    await appendAudit(tx, auditRecord(ctx, 'budget.supplementary_warning', 'SupplementaryBudgetWarning', row.id, undefined, {
        year: request.year,
        thresholdCents: String(thresholdCents),
        totalCents: String(totalCents),
        request: request.number,
      }));
    const warning: SupplementaryBudgetWarning = { year: request.year, totalCents, thresholdCents, items, number: request.number, legalBasis: policy.legalBasis.supplementaryBudget };
    await sendWarning(tx, ctx, warning, `supplementary:${request.year}:${thresholdCents}`);
  }
}

async function sendWarning(tx: Tx, ctx: UseCaseContext, warning: SupplementaryBudgetWarning, key: string): Promise<void> {
  const tenant = ctx.actor.tenant;
  const view = viewFor(tenant, ctx.now);
  const channels = await tx.channelSubscription.findMany({ where: { tenantId: tenant.id, kind: 'treasury', active: true }, orderBy: { createdAt: 'asc' } });
  for (const { id, platform, workspaceId, conversationId } of channels) {
    const message = supplementaryBudgetWarningView(warning, view());
    await enqueuePost(tx, { tenantId: tenant.id, kind: 'budget_warning', platform, workspaceId, conversationId, subscriptionId: id, dedupeKey: `${key}:s:${id}`, message }, ctx.now);
  }
  const treasurers = await tx.person.findMany({
    where: { tenantId: tenant.id, active: true, roles: { some: { role: 'treasurer' } } },
    select: { id: true, locale: true, identities: { where: { platform: { in: ['slack', 'teams'] } }, select: { platform: true } } },
    orderBy: { email: 'asc' },
  });
  for (const person of treasurers) {
    for (const platform of [...new Set(person.identities.map((i) => i.platform))].sort()) {
      const message = supplementaryBudgetWarningView(warning, view(person.locale));
      await enqueueDirect(tx, { tenantId: tenant.id, kind: 'budget_warning', platform, personId: person.id, dedupeKey: `${key}:p:${person.id}:${platform}`, message }, ctx.now);
    }
  }
}
