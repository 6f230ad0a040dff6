import type { ChatCommand } from '../../commands';
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import { isFuturePeriod, periodContaining, periodKey, shiftPeriod } from '../../domain/period';
import { collectInYearReport } from '../../reports/inYear/collectInYearReport';
import type { InYearReport } from '../../reports/inYear/inYearReport';
import { reportPolicy } from '../../reports/reportPolicy';
import { closestCode } from '../closestCode';
import type { UseCaseContext } from '../context';

/** Roles that see the whole municipality's report without naming a field. */
const WHOLE_TENANT_ROLES = ['admin', 'treasurer', 'committee', 'manager'];

/**
 * The in-year report on demand: for a named field, or the person's scope (the whole municipality for
 * the administration, treasury, committee and managers; the fields of their core teams otherwise).
 * Without a period, the latest one ended of the tenant's report frequency.
 */
export async function showReport(ctx: UseCaseContext, command: Extract<ChatCommand, { name: 'showReport' }>): Promise<InYearReport> {
  const { tenant } = ctx.actor;
  const row = await ctx.db.tenant.findUniqueOrThrow({ where: { id: tenant.id }, select: { policy: true } });
  const period = command.period ?? shiftPeriod(periodContaining(ctx.now, reportPolicy(row.policy).frequency, tenant.timeZone), -1);
  if (isFuturePeriod(period, ctx.now, tenant.timeZone)) throw new InvalidInputError('reports:periodInFuture', { period: periodKey(period) });
  const fields = await ctx.db.actionField.findMany({ where: { tenantId: tenant.id }, select: { id: true, code: true, team: { select: { id: true } } } });
  let scope: string[];
  if (command.actionFieldCode) {
    const field = fields.find((f) => f.code === command.actionFieldCode);
    if (!field) {
      const suggestion = closestCode(command.actionFieldCode, fields.map((f) => f.code));
      throw suggestion
        ? new NotFoundError('subscriptions:unknownFieldSuggestion', { code: command.actionFieldCode, suggestion })
        : new NotFoundError('subscriptions:unknownField', { code: command.actionFieldCode, codes: fields.map((f) => f.code).join(', ') });
    }
    scope = [field.id];
  } else if (ctx.actor.roles.some((r) => WHOLE_TENANT_ROLES.includes(r))) {
    scope = fields.map((f) => f.id);
  } else {
    scope = fields.filter((f) => f.team && ctx.actor.teamIds.includes(f.team.id)).map((f) => f.id);
    if (scope.length === 0) throw new InvalidInputError('reports:noScope', { codes: fields.map((f) => f.code).join(', ') });
  }
  return collectInYearReport(ctx.db, tenant, period, scope, ctx.now);
}
