import { NotFoundError } from '../../domain/errors';
import { localizedName, type Named } from '../../format/localizedName';
import type { UseCaseContext } from '../context';
import { closestCode } from '../closestCode';
import { fiscalYear } from './budgetYear';
import type { BudgetScope } from './deciders';

export interface JointBudgetRef extends BudgetScope {
  id: string;
  name: string;
  year: number;
  field: Named & { code: string };
}

/**
 * The joint budget of the current fiscal year of the named action field (code, German or English name, any case), or
 * of the actor's own field when none is named; of `budgetYear` when given (a draft of an earlier year).
 */
export async function findJointBudget(ctx: UseCaseContext, field?: string, budgetYear?: number): Promise<JointBudgetRef> {
  const tenantId = ctx.actor.tenant.id;
  const year = budgetYear ?? fiscalYear(ctx.now, ctx.actor.tenant.timeZone);
  const fields = await ctx.db.actionField.findMany({ where: { tenantId }, select: { id: true, code: true, name: true, nameEn: true, team: { select: { id: true } } } });
  const wanted = field?.trim().toLowerCase();
  const chosen = wanted
    ? fields.find((f) => [f.code, f.name, f.nameEn].some((n) => n?.toLowerCase() === wanted))
    : fields.find((f) => f.team && ctx.actor.teamIds.includes(f.team.id));
  if (!chosen) {
    if (!wanted) throw new NotFoundError('budget:noOwnField');
    throw new NotFoundError('budget:unknownField', { field: field!, known: fields.map((f) => f.code).join(', '), closest: closestCode(field!, fields.map((f) => f.code)) ?? '' });
  }
  const budget = await ctx.db.jointBudget.findUnique({ where: { actionFieldId_year: { actionFieldId: chosen.id, year } }, select: { id: true, name: true, ownerId: true } });
  if (!budget) throw new NotFoundError('budget:noBudget', { field: localizedName(chosen, ctx.actor.locale), year });
  return { ...budget, year, actionFieldId: chosen.id, teamId: chosen.team?.id ?? null, field: { code: chosen.code, name: chosen.name, nameEn: chosen.nameEn } };
}
