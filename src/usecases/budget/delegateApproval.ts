import { DateTime } from 'luxon';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../domain/errors';
import { appendAudit } from '../../audit/appendAudit';
import { auditRecord } from '../audit';
import type { UseCaseContext } from '../context';

export interface DelegationCreated {
  deputy: string;
  startsOn: Date;
  /** The last day (inclusive) of the delegation. */
  lastDay: Date;
  fieldName: string | null;
}

/**
 * An approver names a deputy for a period (Vertretung, issue 12 item 4): from the first day's start to
 * the end of the last day in the municipality's time zone, for one action field or all. The deputy then
 * decides with the approver's roles, on their behalf (recorded on each decision); four-eyes still
 * counts the approver: a deputy never approves what the approver approved or requested. Audited.
 */
export async function delegateApproval(ctx: UseCaseContext, input: { deputyEmail: string; startsOn: string; endsOn: string; actionFieldCode?: string }): Promise<DelegationCreated> {
  const { tenant } = ctx.actor;
  const isDecider = ctx.actor.roles.some((r) => r === 'approver' || r === 'treasurer') || ctx.actor.leadTeamIds.length > 0;
  if (!isDecider) throw new ForbiddenError('budgetOversight:delegateNotDecider');
  const start = DateTime.fromISO(input.startsOn, { zone: tenant.timeZone }).startOf('day');
  const last = DateTime.fromISO(input.endsOn, { zone: tenant.timeZone }).startOf('day');
  if (last < start) throw new InvalidInputError('budgetOversight:delegateOrder');
  if (last.endOf('day').toJSDate() <= ctx.now) throw new InvalidInputError('budgetOversight:delegatePast');
  const deputy = await ctx.db.person.findFirst({ where: { tenantId: tenant.id, email: input.deputyEmail, active: true }, select: { id: true, displayName: true } });
  if (!deputy) throw new NotFoundError('budgetOversight:delegateUnknownPerson', { email: input.deputyEmail });
  if (deputy.id === ctx.actor.personId) throw new InvalidInputError('budgetOversight:delegateSelf');
  const field = input.actionFieldCode ? await ctx.db.actionField.findUnique({ where: { tenantId_code: { tenantId: tenant.id, code: input.actionFieldCode } }, select: { id: true, name: true } }) : null;
  if (input.actionFieldCode && !field) throw new NotFoundError('budgetOversight:delegateUnknownField', { code: input.actionFieldCode });
  const startsOn = start.toJSDate();
  const endsOn = last.plus({ days: 1 }).toJSDate();
  await ctx.db.$transaction(async (tx) => {
    const row = await tx.budgetDelegation.create({
      data: { tenantId: tenant.id, fromPersonId: ctx.actor.personId, toPersonId: deputy.id, scope: field?.id ?? '', startsOn, endsOn, createdById: ctx.actor.personId, createdAt: ctx.now },
      select: { id: true },
    });
    await appendAudit(tx, auditRecord(ctx, 'budget.delegation.created', 'BudgetDelegation', row.id, undefined, { deputy: input.deputyEmail, startsOn: input.startsOn, endsOn: input.endsOn, field: input.actionFieldCode ?? '' }));
  });
  return { deputy: deputy.displayName, startsOn, lastDay: last.toJSDate(), fieldName: field?.name ?? null };
}
