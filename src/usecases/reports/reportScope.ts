import { InvalidInputError, NotFoundError } from '../../domain/errors';
import { closestCode } from '../closestCode';
import type { UseCaseContext } from '../context';

/** Roles that see the whole municipality's report without naming a field. */
const WHOLE_TENANT_ROLES = ['admin', 'treasurer', 'committee', 'manager'];

/**
 * The action fields (ids) a report on demand covers: the named one, or the person's scope (the whole
 * municipality for the administration, treasury, committee and managers; their core teams' fields otherwise).
 */
export async function reportScope(ctx: UseCaseContext, fieldCode: string | undefined): Promise<string[]> {
  const fields = await ctx.db.actionField.findMany({ where: { tenantId: ctx.actor.tenant.id }, select: { id: true, code: true, team: { select: { id: true } } } });
  if (fieldCode) {
    const field = fields.find((f) => f.code === fieldCode);
    if (!field) {
      const suggestion = closestCode(fieldCode, fields.map((f) => f.code));
      throw suggestion
        ? new NotFoundError('subscriptions:unknownFieldSuggestion', { code: fieldCode, suggestion })
        : new NotFoundError('subscriptions:unknownField', { code: fieldCode, codes: fields.map((f) => f.code).join(', ') });
    }
    return [field.id];
  }
  if (ctx.actor.roles.some((r) => WHOLE_TENANT_ROLES.includes(r))) return fields.map((f) => f.id);
  const own = fields.filter((f) => f.team && ctx.actor.teamIds.includes(f.team.id)).map((f) => f.id);
  if (own.length === 0) throw new InvalidInputError('reports:noScope', { codes: fields.map((f) => f.code).join(', ') });
  return own;
}
