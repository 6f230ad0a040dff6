import type { Db } from '../../db/client';
import { pendingDue } from '../../domain/budget/pendingDeadlines';
import type { BudgetPolicy, DeciderRole } from '../../domain/budget/policy';
import { OPEN_STATUSES, type RequestStatus } from '../../domain/budget/requestLifecycle';
import { viewFor } from '../../alerts/notifyAlerts';
import { enqueueDirect } from '../../outbox/enqueue';
import { latestOnly, type JobContext, type JobDefinition } from '../../scheduler/job';
import { reminderCard } from '../../views/budgetViews';
import { loadBudgetPolicy } from './budgetYear';
import type { DecisionOutcome } from './decideReallocation';
import { decidersOf } from './deciders';
import { notifyRequester, updateReallocationMessages } from './reallocationNotices';
import { requestCardOf } from './requestCards';
import { appendAudit } from '../../audit/appendAudit';

const openRequestColumns = {
  id: true,
  number: true,
  year: true,
  status: true,
  createdAt: true,
  lastRemindedAt: true,
  version: true,
  requesterId: true,
  deciderRoles: true,
  approvalsNeeded: true,
  jointBudget: { select: { ownerId: true, actionFieldId: true, actionField: { select: { team: { select: { id: true } } } } } },
  decisions: { where: { decision: 'approve' }, select: { approverId: true } },
} as const;

type OpenRequest = Awaited<ReturnType<typeof openRequests>>[number];

function openRequests(db: Db, tenantId: string) {
  return db.reallocationRequest.findMany({ where: { tenantId, status: { in: ['pending', 'info_requested'] } }, select: openRequestColumns, orderBy: { number: 'asc' } });
}

/**
 * The daily look at open reallocation requests (weekdays at 08:00 by default), in the municipality's
 * working days: a reminder to each decider who has not decided a request pending too long, repeated
 * at the policy's interval; expiry after the limit, with a notice to the requester and every
 * approval message replaced. Each request changes in its own transaction, guarded by its version, so
 * a decision at the same moment wins and the run leaves that request alone; the slot's key keeps a
 * second run of the same slot from reminding twice.
 */
export const pendingRequestsJob: JobDefinition = {
  name: 'approvals',
  catchUp: latestOnly,
  async run(ctx) {
    const policies = new Map<number, BudgetPolicy>();
    for (const request of await openRequests(ctx.db, ctx.tenant.id)) {
      if (!policies.has(request.year)) policies.set(request.year, await loadBudgetPolicy(ctx.db, ctx.tenant.id, request.year));
      const due = pendingDue({ ...request, status: request.status as RequestStatus }, policies.get(request.year)!, ctx.now, ctx.tenant.timeZone);
      if (due.kind === 'expire') await expire(ctx, request);
      if (due.kind === 'remind') await remind(ctx, request, due.workingDays);
    }
  },
};

async function expire({ db, tenant, now, slotKey }: JobContext, request: OpenRequest): Promise<void> {
  await db.$transaction(async (tx) => {
    const changed = await tx.reallocationRequest.updateMany({
      where: { id: request.id, version: request.version, status: { in: [...OPEN_STATUSES] } },
      data: { status: 'expired', decidedAt: now, version: { increment: 1 } },
    });
    if (changed.count === 0) return;
    await appendAudit(tx, { tenantId: tenant.id, actorId: null, action: 'reallocation.expire', entity: 'ReallocationRequest', entityId: request.id, before: { status: request.status }, after: { status: 'expired', number: request.number }, requestId: slotKey, createdAt: now });
    const outcome: DecisionOutcome = {
      id: request.id,
      number: request.number,
      before: request.status as RequestStatus,
      status: 'expired',
      applied: false,
      approvals: request.decisions.length,
      approvalsNeeded: request.approvalsNeeded,
      requesterId: request.requesterId,
      onBehalfOfId: null,
    };
    await updateReallocationMessages(tx, tenant, outcome, now);
    await notifyRequester(tx, tenant, outcome, '', null, now);
  });
}

async function remind({ db, tenant, now, slotKey }: JobContext, request: OpenRequest, workingDays: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const changed = await tx.reallocationRequest.updateMany({ where: { id: request.id, version: request.version, status: 'pending' }, data: { lastRemindedAt: now, version: { increment: 1 } } });
    if (changed.count === 0) return;
    const { jointBudget } = request;
    const scope = { ownerId: jointBudget.ownerId, actionFieldId: jointBudget.actionFieldId, teamId: jointBudget.actionField.team?.id ?? null };
    const decided = new Set([request.requesterId, ...request.decisions.map((d) => d.approverId)]);
    const deciders = (await decidersOf(tx, tenant.id, scope, request.deciderRoles.split(',') as DeciderRole[], now)).filter((d) => !decided.has(d.personId));
    const card = await requestCardOf(tx, request.id);
    const view = viewFor(tenant, now);
    for (const d of deciders) {
      for (const platform of d.platforms) {
        // Keyed like the first message (`:p:`), so a decision replaces the reminder in place as well.
        const dedupeKey = `reallocation:${request.id}:p:${d.personId}:${platform}:reminder:${slotKey}`;
        await enqueueDirect(tx, { tenantId: tenant.id, kind: 'approval', platform, personId: d.personId, dedupeKey, message: reminderCard(card, view(d.locale), workingDays) }, now);
      }
    }
  });
}
