import type { Db, Tx } from '../../db/client';
import { isSustainabilityEffect } from '../../domain/budget/sustainabilityCheck';
import { NotFoundError } from '../../domain/errors';
import { OPEN_STATUSES } from '../../domain/budget/requestLifecycle';
import type { DeciderRole } from '../../domain/budget/policy';
import type { RequestCard } from '../../views/budgetViews';
import type { UseCaseContext } from '../context';
import { deciderFor } from './deciders';
import { inSequence } from '../../db/inSequence';

const cardColumns = {
  id: true,
  number: true,
  amountCents: true,
  reason: true,
  justification: true,
  sustainabilityEffect: true,
  sustainabilityNote: true,
  classification: true,
  legalBasis: true,
  status: true,
  requesterId: true,
  deciderRoles: true,
  fromLine: { select: { code: true } },
  toLine: { select: { code: true } },
  jointBudget: { select: { ownerId: true, actionFieldId: true, actionField: { select: { team: { select: { id: true } } } } } },
} as const;

type CardRow = { id: string; number: number; amountCents: bigint; reason: string; justification: string | null; sustainabilityEffect: string | null; sustainabilityNote: string | null; classification: string; legalBasis: string; status: string; requesterId: string; fromLine: { code: string }; toLine: { code: string } };

async function toCards(db: Db | Tx, rows: CardRow[]): Promise<RequestCard[]> {
  const ids = rows.map((r) => r.id);
  const [people, questions, rejections] = await inSequence([
    () => db.person.findMany({ where: { id: { in: rows.map((r) => r.requesterId) } }, select: { id: true, displayName: true } }),
    () => db.reallocationQuestion.findMany({ where: { requestId: { in: ids } }, orderBy: { createdAt: 'asc' }, select: { requestId: true, question: true, answer: true } }),
    () => db.reallocationDecision.findMany({ where: { requestId: { in: ids }, decision: 'reject' }, select: { requestId: true, comment: true } }),
  ]);
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  // The latest question of each request wins (asc order, later ones overwrite).
  const lastQuestion = new Map(questions.map((q) => [q.requestId, { question: q.question, answer: q.answer }]));
  const rejection = new Map(rejections.map((d) => [d.requestId, d.comment]));
  return rows.map((r) => ({
    number: r.number,
    amountCents: r.amountCents,
    from: r.fromLine.code,
    to: r.toLine.code,
    reason: r.reason,
    justification: r.justification,
    sustainability: isSustainabilityEffect(r.sustainabilityEffect) ? { effect: r.sustainabilityEffect, note: r.sustainabilityNote ?? '' } : null,
    requester: names.get(r.requesterId) ?? '—',
    classification: r.classification,
    legalBasis: r.legalBasis,
    status: r.status,
    question: lastQuestion.get(r.id) ?? null,
    rejection: rejection.get(r.id) ?? null,
  }));
}

/** One request as its card shows it. */
export async function requestCardOf(db: Db | Tx, requestId: string): Promise<RequestCard> {
  const row = await db.reallocationRequest.findUniqueOrThrow({ where: { id: requestId }, select: cardColumns });
  return (await toCards(db, [row]))[0]!;
}

/** The tenant's request of that number as its card shows it; refused when there is none. */
export async function requestCardByNumber(db: Db | Tx, tenantId: string, number: number): Promise<RequestCard> {
  const row = Number.isSafeInteger(number) ? await db.reallocationRequest.findUnique({ where: { tenantId_number: { tenantId, number } }, select: cardColumns }) : null;
  if (!row) throw new NotFoundError('budget:unknownRequest', { number });
  return (await toCards(db, [row]))[0]!;
}

/** `antraege`: open requests the person may decide now (not their own), and their own requests of the year. */
export async function listRequests(ctx: UseCaseContext): Promise<{ waiting: RequestCard[]; mine: RequestCard[] }> {
  const tenantId = ctx.actor.tenant.id;
  const open = await ctx.db.reallocationRequest.findMany({
    where: { tenantId, status: { in: ['pending', 'info_requested'] }, requesterId: { not: ctx.actor.personId } },
    select: { ...cardColumns, decisions: { where: { approverId: ctx.actor.personId }, select: { id: true } } },
    orderBy: { number: 'asc' },
  });
  const waiting = [];
  for (const row of open) {
    if (row.decisions.length > 0) continue;
    const scope = { ownerId: row.jointBudget.ownerId, actionFieldId: row.jointBudget.actionFieldId, teamId: row.jointBudget.actionField.team?.id ?? null };
    const roles = row.deciderRoles.split(',') as DeciderRole[];
    const { actor } = await deciderFor(ctx.db, tenantId, ctx.actor.personId, scope, roles, ctx.now);
    if (roles.some((r) => actor.roles.has(r))) waiting.push(row);
  }
  const mine = await ctx.db.reallocationRequest.findMany({
    where: { tenantId, requesterId: ctx.actor.personId, OR: [{ status: { in: [...OPEN_STATUSES] } }, { createdAt: { gte: new Date(ctx.now.getTime() - 90 * 86_400_000) } }] },
    select: cardColumns,
    orderBy: { number: 'asc' },
  });
  return { waiting: await toCards(ctx.db, waiting), mine: await toCards(ctx.db, mine) };
}
