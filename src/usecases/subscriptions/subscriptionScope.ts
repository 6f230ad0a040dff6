import { localizedName } from '../../format/localizedName';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../domain/errors';
import { closestCode } from '../closestCode';
import type { UseCaseContext } from '../context';

/** The channel a subscription command speaks about; personal chats and the console have none. */
export function requireChannel(ctx: UseCaseContext) {
  const conversation = ctx.conversation;
  if (!conversation || conversation.kind === 'personal') throw new InvalidInputError('subscriptions:onlyInChannels');
  return conversation;
}

/** The action field named by code (or all fields), checked against who may manage its subscriptions. */
export async function subscribableField(ctx: UseCaseContext, code: string | undefined) {
  const tenantId = ctx.actor.tenant.id;
  const isAdmin = ctx.actor.roles.includes('admin');
  if (!code) {
    if (!isAdmin) throw new ForbiddenError('subscriptions:allFieldsAdminOnly');
    return undefined;
  }
  const field = await ctx.db.actionField.findUnique({ where: { tenantId_code: { tenantId, code } }, include: { team: true } });
  if (!field) {
    const codes = (await ctx.db.actionField.findMany({ where: { tenantId }, select: { code: true } })).map((f) => f.code);
    const suggestion = closestCode(code, codes);
    throw suggestion
      ? new NotFoundError('subscriptions:unknownFieldSuggestion', { code, suggestion })
      : new NotFoundError('subscriptions:unknownField', { code, codes: codes.join(', ') });
  }
  if (!isAdmin && !(field.team && ctx.actor.leadTeamIds.includes(field.team.id))) {
    throw new ForbiddenError('subscriptions:leadsOnly', { field: localizedName(field, ctx.actor.locale) });
  }
  return field;
}

/** The treasury's posts (§81 early warnings) concern the whole budget: all fields, set up by the treasury or the administration. */
export function treasuryScope(ctx: UseCaseContext, code: string | undefined): undefined {
  if (code !== undefined || !ctx.actor.roles.some((role) => role === 'treasurer' || role === 'admin')) throw new ForbiddenError('subscriptions:treasuryOnly');
  return undefined;
}
