import { NotFoundError } from '../../domain/errors';
import { closestCode } from '../closestCode';
import type { UseCaseContext } from '../context';

/** A KPI of the actor's tenant by code, or a not-found error naming the closest code. */
export async function findKpi(ctx: UseCaseContext, code: string) {
  const tenantId = ctx.actor.tenant.id;
  const kpi = await ctx.db.kpi.findUnique({
    where: { tenantId_code: { tenantId, code } },
    include: { team: true, targets: true },
  });
  if (kpi) return kpi;
  const codes = (await ctx.db.kpi.findMany({ where: { tenantId }, select: { code: true } })).map((k) => k.code);
  const suggestion = closestCode(code, codes);
  throw suggestion
    ? new NotFoundError('kpis:unknownWithSuggestion', { code, suggestion })
    : new NotFoundError('kpis:unknown', { code });
}

export type KpiWithTargets = Awaited<ReturnType<typeof findKpi>>;
