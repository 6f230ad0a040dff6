import { NotFoundError } from '../../domain/errors';
import { closestCode } from '../closestCode';
import type { UseCaseContext } from '../context';

const include = {
  team: { include: { actionField: true } },
  responsible: true,
  operationalGoal: { include: { strategicGoal: true } },
} as const;

/** A measure of the actor's tenant by code with its team, responsible person and goals, or a not-found error naming the closest code. */
export async function findMeasure(ctx: UseCaseContext, code: string) {
  const tenantId = ctx.actor.tenant.id;
  const measure = await ctx.db.measure.findUnique({ where: { tenantId_code: { tenantId, code } }, include });
  if (measure) return measure;
  throw await unknownMeasure(ctx, code);
}

/** The not-found error for a measure code that does not exist in the actor's tenant, naming the closest code. */
export async function unknownMeasure(ctx: UseCaseContext, code: string): Promise<NotFoundError> {
  const codes = (await ctx.db.measure.findMany({ where: { tenantId: ctx.actor.tenant.id }, select: { code: true } })).map((m) => m.code);
  const suggestion = closestCode(code, codes);
  return suggestion ? new NotFoundError('measures:unknownWithSuggestion', { code, suggestion }) : new NotFoundError('measures:unknown', { code });
}

export type MeasureWithContext = Awaited<ReturnType<typeof findMeasure>>;
