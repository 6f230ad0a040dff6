import type { Tx } from '../../db/client';
import { viewFor } from '../../alerts/notifyAlerts';
import { enqueueDirect, enqueueUpdate } from '../../outbox/enqueue';
import type { Tenant } from '../../tenancy/tenant';
import { requestCard } from '../../views/budgetViews';
import type { DecisionOutcome } from './decideReallocation';
import { decidersOf } from './deciders';
import type { FiledReallocation } from './fileReallocation';
import { requestCardOf } from './requestCards';

const postKey = (requestId: string, personId: string, platform: string) => `reallocation:${requestId}:p:${personId}:${platform}`;

/**
 * After filing, in the same transaction: a direct message with the request and an approve button to
 * everyone who may decide it in their own right (not the requester), on each platform they use.
 */
export async function announceReallocation(tx: Tx, tenant: Tenant, requesterId: string, filed: FiledReallocation, now: Date): Promise<void> {
  const request = await tx.reallocationRequest.findUniqueOrThrow({
    where: { id: filed.id },
    select: { deciderRoles: true, jointBudget: { select: { ownerId: true, actionFieldId: true, actionField: { select: { team: { select: { id: true } } } } } } },
  });
  const scope = { ownerId: request.jointBudget.ownerId, actionFieldId: request.jointBudget.actionFieldId, teamId: request.jointBudget.actionField.team?.id ?? null };
  const card = await requestCardOf(tx, filed.id);
  const view = viewFor(tenant, now);
  const deciders = await decidersOf(tx, tenant.id, scope, request.deciderRoles.split(',') as never, now);
  for (const d of deciders.filter((p) => p.personId !== requesterId)) {
    for (const platform of d.platforms) {
      const message = requestCard(card, view(d.locale), filed.status === 'pending');
      await enqueueDirect(tx, { tenantId: tenant.id, kind: 'approval', platform, personId: d.personId, dedupeKey: postKey(filed.id, d.personId, platform), message }, now);
    }
  }
}

/** After a decision, in its transaction: every approval message of the request is replaced in place with its new state. */
export async function updateReallocationMessages(tx: Tx, tenant: Tenant, outcome: DecisionOutcome, now: Date): Promise<void> {
  const posts = await tx.outboxMessage.findMany({
    where: { tenantId: tenant.id, operation: 'post', dedupeKey: { startsWith: `reallocation:${outcome.id}:p:` } },
    select: { id: true, personId: true },
  });
  if (posts.length === 0) return;
  const card = await requestCardOf(tx, outcome.id);
  const locales = new Map((await tx.person.findMany({ where: { id: { in: posts.flatMap((p) => (p.personId ? [p.personId] : [])) } }, select: { id: true, locale: true } })).map((p) => [p.id, p.locale]));
  const view = viewFor(tenant, now);
  const open = outcome.status === 'pending' || outcome.status === 'info_requested';
  for (const post of posts) {
    const message = requestCard(card, view(post.personId ? locales.get(post.personId) : undefined), open);
    const dedupeKey = `reallocation:${outcome.id}:v:${outcome.status}:${outcome.approvals}:${now.getTime()}:${post.id}`;
    await enqueueUpdate(tx, { tenantId: tenant.id, kind: 'approval', dedupeKey, refersTo: { id: post.id }, message }, now);
  }
}
