import type { Prisma } from '../db/client';
import type { UseCaseContext } from './context';

/** The audit row for a change, written in the same transaction as the change itself. */
export function auditRecord(
  ctx: UseCaseContext,
  action: string,
  entity: string,
  entityId: string,
  before: Prisma.InputJsonValue | undefined,
  after: Prisma.InputJsonValue | undefined,
): Prisma.AuditLogUncheckedCreateInput {
  return {
    tenantId: ctx.actor.tenant.id,
    actorId: ctx.actor.personId,
    action,
    entity,
    entityId,
    before,
    after,
    requestId: ctx.requestId,
    createdAt: ctx.now,
  };
}
