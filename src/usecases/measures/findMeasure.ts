import { NotFoundError } from '../../domain/errors';
import { closestCode } from '../closestCode';
import type { UseCaseContext } from '../context';

const include = {
  team: { include: { actionField: true } },
  responsible: true,
  operationalGoal: { include: { strategicGoal: true } },
} as const;

/** A measure of the actor's tenant by code, or a not-found error naming the closest code. */
export async function findMeasure(ctx: UseCaseContext, code: string) {
  const tenantId = ctx.actor.tenant.id;
  const measure = await ctx.db.measure.findUnique({ where: { tenantId_code: { tenantId, code } }, include });
  if (measure) return measure;
  const codes = (await ctx.db.measure.findMany({ where: { tenantId }, select: { code: true } })).map((m) => m.code);
  const suggestion = closestCode(code, codes);
  throw suggestion
    ? new NotFoundError('measures:unknownWithSuggestion', { code, suggestion })
    : new NotFoundError('measures:unknown', { code });
}

export type MeasureWithContext = Awaited<ReturnType<typeof findMeasure>>;
