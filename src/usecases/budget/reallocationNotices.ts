import type { Tx } from '../../db/client';
import { viewFor } from '../../alerts/notifyAlerts';
import { enqueueDirect, enqueuePost, enqueueUpdate } from '../../outbox/enqueue';
import type { Tenant } from '../../tenancy/tenant';
import { requesterNotice, requestCard } from '../../views/budgetViews';
import type { DecisionOutcome } from './decideReallocation';
import { decidersOf } from './deciders';
import type { FiledReallocation } from './fileReallocation';
import { requestCardOf } from './requestCards';
import { inSequence } from '../../db/inSequence';

const postKey = (requestId: string, personId: string, platform: string) => `reallocation:${requestId}:p:${personId}:${platform}`;

/**
 * After filing, in the same transaction: a direct message with the request and its buttons to
 * everyone who may decide it in their own right (not the requester), on each platform they use, and a
 * post in each channel subscribed to the field's approvals.
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
  // Channels subscribed with `abo freigaben [Feld]`: the same message; a click there is checked like any other.
  const channels = await tx.channelSubscription.findMany({ where: { tenantId: tenant.id, kind: 'approvals', active: true, actionFieldId: { in: [scope.actionFieldId, ''] } }, orderBy: { createdAt: 'asc' } });
  for (const { id, platform, workspaceId, conversationId } of channels) {
    const message = requestCard(card, view(), filed.status === 'pending');
    await enqueuePost(tx, { tenantId: tenant.id, kind: 'approval', platform, workspaceId, conversationId, subscriptionId: id, dedupeKey: `reallocation:${filed.id}:s:${id}`, message }, now);
  }
}

/** The request's approval messages: the direct ones (`:p:`, reminders included) and the channel posts (`:s:`). */
export function approvalPostsOf(tx: Tx, tenantId: string, requestId: string) {
  return tx.outboxMessage.findMany({
    where: { tenantId, operation: 'post', OR: [{ dedupeKey: { startsWith: `reallocation:${requestId}:p:` } }, { dedupeKey: { startsWith: `reallocation:${requestId}:s:` } }] },
    select: { id: true, personId: true },
    orderBy: { createdAt: 'asc' },
  });
}

/** After a decision, in its transaction: every approval message of the request is replaced in place with its new state. */
export async function updateReallocationMessages(tx: Tx, tenant: Tenant, outcome: DecisionOutcome, now: Date): Promise<void> {
  const posts = await approvalPostsOf(tx, tenant.id, outcome.id);
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

/** The chat platforms on which the bot can write to a person directly. */
async function directPlatforms(tx: Tx, personId: string): Promise<{ locale: string | null; platforms: string[] }> {
  const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { locale: true, identities: { where: { platform: { in: ['slack', 'teams'] } }, select: { platform: true } } } });
  return { locale: person.locale, platforms: [...new Set(person.identities.map((i) => i.platform))].sort() };
}

/**
 * After a decision by someone else (or the request's expiry, `deciderId` null), in its transaction:
 * the requester hears of it directly — a question back with an answer button, an approval, a
 * rejection with its comment, the expiry.
 */
export async function notifyRequester(tx: Tx, tenant: Tenant, outcome: DecisionOutcome, text: string, deciderId: string | null, now: Date): Promise<void> {
  if (deciderId === outcome.requesterId || outcome.status === outcome.before) return;
  if (!['info_requested', 'approved', 'rejected', 'expired'].includes(outcome.status)) return;
  const [{ locale, platforms }, decider] = await inSequence([
    () => directPlatforms(tx, outcome.requesterId),
    async () => (deciderId ? tx.person.findUniqueOrThrow({ where: { id: deciderId }, select: { displayName: true } }) : null),
  ]);
  const message = requesterNotice({ number: outcome.number, status: outcome.status, by: decider?.displayName ?? '', text }, viewFor(tenant, now)(locale));
  for (const platform of platforms) {
    const dedupeKey = `reallocation:${outcome.id}:r:${outcome.status}:${now.getTime()}:${platform}`;
    await enqueueDirect(tx, { tenantId: tenant.id, kind: 'approval', platform, personId: outcome.requesterId, dedupeKey, message }, now);
  }
}
