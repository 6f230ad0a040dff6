import type { AuditEntry } from '../audit/appendAudit';
import type { Prisma } from '../db/client';
import type { UseCaseContext } from './context';

/** The audit entry for a change by the request's person, appended (`appendAudit`) in the change's transaction. */
export function auditRecord(
  ctx: UseCaseContext,
  action: string,
  entity: string,
  entityId: string,
  before: Prisma.InputJsonValue | undefined,
  after: Prisma.InputJsonValue | undefined,
): AuditEntry {
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
