import type { ChatCommand } from '../../commands';
import { InvalidInputError } from '../../domain/errors';
import { isFuturePeriod, periodContaining, periodKey, shiftPeriod } from '../../domain/period';
import { collectInYearReport } from '../../reports/inYear/collectInYearReport';
import type { InYearReport } from '../../reports/inYear/inYearReport';
import { reportPolicy } from '../../reports/reportPolicy';
import type { UseCaseContext } from '../context';
import { reportScope } from './reportScope';

/**
 * The in-year report on demand, for a named field or the person's scope. Without a period, the latest
 * one ended of the tenant's report frequency.
 */
export async function showReport(ctx: UseCaseContext, command: Extract<ChatCommand, { name: 'showReport' }>): Promise<InYearReport> {
  const { tenant } = ctx.actor;
  const row = await ctx.db.tenant.findUniqueOrThrow({ where: { id: tenant.id }, select: { policy: true } });
  const period = command.period ?? shiftPeriod(periodContaining(ctx.now, reportPolicy(row.policy).frequency, tenant.timeZone), -1);
  if (isFuturePeriod(period, ctx.now, tenant.timeZone)) throw new InvalidInputError('reports:periodInFuture', { period: periodKey(period) });
  return collectInYearReport(ctx.db, tenant, period, await reportScope(ctx, command.actionFieldCode), ctx.now);
}
