import { InvalidInputError } from '../../domain/errors';
import { isFuturePeriod } from '../../domain/period';
import { collectAnnualReport } from '../../reports/annual/collectAnnualReport';
import type { AnnualReport } from '../../reports/annual/annualReport';
import type { UseCaseContext } from '../context';
import { reportScope } from './reportScope';

/** `bericht 2026`: the annual goal-achievement report for a named field or the person's scope; an interim state while the year runs. */
export async function showAnnualReport(ctx: UseCaseContext, year: number, fieldCode: string | undefined): Promise<AnnualReport> {
  const { tenant } = ctx.actor;
  if (isFuturePeriod({ frequency: 'yearly', year, index: 1 }, ctx.now, tenant.timeZone)) throw new InvalidInputError('annual:yearInFuture', { year });
  return collectAnnualReport(ctx.db, tenant, year, await reportScope(ctx, fieldCode), ctx.now);
}
