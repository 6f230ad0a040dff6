import type { DeciderRole } from '../../domain/budget/policy';
import { FINAL_STATUSES, transition, type LifecycleRefusal, type RequestEvent, type RequestState, type RequestStatus } from '../../domain/budget/requestLifecycle';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, type DomainError } from '../../domain/errors';
import type { Tx } from '../../db/client';
import { formatDateTime } from '../../format';
import { auditRecord } from '../audit';
import type { UseCaseContext } from '../context';
import { assertBudgetYearOpen } from '../periods/periodLocks';
import { deciderFor } from './deciders';
import { applyRequest, VersionConflict } from './applyReallocation';
import { lineColumns } from './lineSnapshot';
import { MAX_REASON_LENGTH } from './proposeReallocation';
import { appendAudit } from '../../audit/appendAudit';

export type Decision =
  | { type: 'approve'; comment?: string | undefined }
  | { type: 'reject'; comment: string }
  | { type: 'ask'; question: string }
  | { type: 'answer'; answer: string }
  | { type: 'withdraw' }
  | { type: 'council_consent'; decidedOn: Date; reference: string };

export interface DecisionOutcome {
  id: string;
  number: number;
  before: RequestStatus;
  status: RequestStatus;
  /** The postings were written (the request was approved by its last needed approver). */
  applied: boolean;
  approvals: number;
  approvalsNeeded: number;
  requesterId: string;
  onBehalfOfId: string | null;
}

const MAX_ATTEMPTS = 20;

const REFUSAL_ERRORS: Record<LifecycleRefusal, (n: number) => DomainError> = {
  already_decided: (number) => new ConflictError('budget:alreadyDecided', { number }),
  own_request: (number) => new ForbiddenError('budget:ownRequest', { number }),
  already_approved: (number) => new ConflictError('budget:alreadyApproved', { number }),
  not_authorised: (number) => new ForbiddenError('budget:notAuthorised', { number }),
  awaiting_council: (number) => new ConflictError('budget:awaitingCouncil', { number }),
  not_waiting_for_answer: (number) => new ConflictError('budget:noQuestion', { number }),
  not_requester: (number) => new ForbiddenError('budget:notRequester', { number }),
  not_committee: (number) => new ForbiddenError('budget:notCommittee', { number }),
  no_council_consent_needed: (number) => new ConflictError('budget:noCouncilNeeded', { number }),
  comment_required: () => new InvalidInputError('budget:commentRequired'),
  question_required: () => new InvalidInputError('budget:questionRequired'),
};

function textOf(decision: Decision): string {
  switch (decision.type) {
    case 'approve':
      return decision.comment ?? '';
    case 'reject':
      return decision.comment;
    case 'ask':
      return decision.question;
    case 'answer':
      return decision.answer;
    case 'council_consent':
      return decision.reference;
    case 'withdraw':
      return '';
  }
}

/**
 * Approve, reject, ask back, answer, withdraw or record the council's consent. The request row is
 * updated only if its version is still the one read, and an approval that completes the request
 * writes both postings in the same transaction, guarded by the source line's version: concurrent
 * decisions retry against the new state, so a request is applied once and no line goes below zero.
 */
export async function decideReallocation(
  ctx: UseCaseContext,
  number: number,
  decision: Decision,
  after?: (tx: Tx, outcome: DecisionOutcome) => Promise<void>,
): Promise<DecisionOutcome> {
  if (decision.type === 'answer' && !decision.answer.trim()) throw new InvalidInputError('budget:answerRequired');
  if (textOf(decision).length > MAX_REASON_LENGTH) throw new InvalidInputError('budget:reasonTooLong', { length: textOf(decision).length, max: MAX_REASON_LENGTH });
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      return await ctx.db.$transaction((tx) => decideOnce(tx, ctx, number, decision, after));
    } catch (error) {
      if (!(error instanceof VersionConflict)) throw error;
    }
  }
  throw new ConflictError('budget:busy');
}

async function decideOnce(tx: Tx, ctx: UseCaseContext, number: number, decision: Decision, after?: (tx: Tx, outcome: DecisionOutcome) => Promise<void>): Promise<DecisionOutcome> {
  const tenantId = ctx.actor.tenant.id;
  const request = await tx.reallocationRequest.findUnique({
    where: { tenantId_number: { tenantId, number } },
    include: {
      decisions: { where: { decision: 'approve' }, orderBy: { createdAt: 'asc' }, select: { approverId: true, onBehalfOfId: true } },
      jointBudget: { select: { ownerId: true, actionFieldId: true, actionField: { select: { team: { select: { id: true } } } } } },
      fromLine: { select: lineColumns },
      toLine: { select: lineColumns },
    },
  });
  if (!request) throw new NotFoundError('budget:unknownRequest', { number });
  const status = request.status as RequestStatus;
  if (FINAL_STATUSES.includes(status)) throw await alreadyDecided(tx, ctx, request);
  const roles = request.deciderRoles.split(',').filter(Boolean) as DeciderRole[];
  const scope = { ownerId: request.jointBudget.ownerId, actionFieldId: request.jointBudget.actionFieldId, teamId: request.jointBudget.actionField.team?.id ?? null };
  const { actor, onBehalfOfId } = await deciderFor(tx, tenantId, ctx.actor.personId, scope, roles, ctx.now);
  if (onBehalfOfId === request.requesterId) throw REFUSAL_ERRORS.own_request(number);
  // Four-eyes counts people, not accounts: a deputy never adds a second approval of the person they stand in for.
  const principal = onBehalfOfId ?? ctx.actor.personId;
  if (decision.type === 'approve' && request.decisions.some((d) => (d.onBehalfOfId ?? d.approverId) === principal || d.approverId === principal)) throw REFUSAL_ERRORS.already_approved(number);
  // An approval or the council's consent leads to the postings: not into a budget year closed by a period lock.
  if (decision.type === 'approve' || decision.type === 'council_consent') await assertBudgetYearOpen(ctx, tx, request.year);
  const state: RequestState = { status, requesterId: request.requesterId, roles, approvalsNeeded: request.approvalsNeeded, approvals: request.decisions.map((d) => d.approverId) };
  const event: RequestEvent =
    decision.type === 'approve' || decision.type === 'withdraw' || decision.type === 'council_consent'
      ? { type: decision.type, actor }
      : decision.type === 'reject'
        ? { type: 'reject', actor, comment: decision.comment }
        : decision.type === 'ask'
          ? { type: 'ask', actor, question: decision.question }
          : { type: 'answer', actor };
  const result = transition(state, event);
  if (!result.ok) throw REFUSAL_ERRORS[result.refusal](number);
  const next = result.state.status;
  const final = FINAL_STATUSES.includes(next);
  const updated = await tx.reallocationRequest.updateMany({
    where: { id: request.id, version: request.version },
    data: {
      status: next,
      version: { increment: 1 },
      ...(final && { decidedAt: ctx.now, decidedById: ctx.actor.personId }),
      ...(result.apply && { appliedAt: ctx.now }),
      ...(decision.type === 'council_consent' && { councilDecidedOn: decision.decidedOn, councilReference: decision.reference, councilRecordedById: ctx.actor.personId }),
    },
  });
  if (updated.count === 0) throw new VersionConflict();
  if (result.apply) await applyRequest(tx, ctx, request);
  await record(tx, ctx, request.id, decision, onBehalfOfId, request.requiredLevel);
  await appendAudit(tx, auditRecord(ctx, `reallocation.${decision.type}`, 'ReallocationRequest', request.id, { status }, {
      status: next,
      number,
      applied: result.apply,
      onBehalfOfId,
      text: textOf(decision),
      // The Nachhaltigkeitscheck the decision was taken on, kept with it for the audit.
      sustainabilityEffect: request.sustainabilityEffect,
    }));
  const outcome: DecisionOutcome = {
    id: request.id,
    number,
    before: status,
    status: next,
    applied: result.apply,
    approvals: result.state.approvals.length,
    approvalsNeeded: request.approvalsNeeded,
    requesterId: request.requesterId,
    onBehalfOfId,
  };
  await after?.(tx, outcome);
  return outcome;
}

type RequestRow = { id: string; number: number; decidedAt: Date | null; decidedById: string | null; status: string };

async function record(tx: Tx, ctx: UseCaseContext, requestId: string, decision: Decision, onBehalfOfId: string | null, level: string): Promise<void> {
  const tenantId = ctx.actor.tenant.id;
  if (decision.type === 'approve' || decision.type === 'reject') {
    await tx.reallocationDecision.create({
      data: { tenantId, requestId, approverId: ctx.actor.personId, onBehalfOfId, decision: decision.type, comment: decision.comment?.trim() || null, level, createdAt: ctx.now },
    });
  } else if (decision.type === 'ask') {
    await tx.reallocationQuestion.create({ data: { tenantId, requestId, askedById: ctx.actor.personId, question: decision.question.trim(), createdAt: ctx.now } });
  } else if (decision.type === 'answer') {
    const open = await tx.reallocationQuestion.findFirst({ where: { requestId, answer: null }, orderBy: { createdAt: 'desc' }, select: { id: true } });
    if (open) await tx.reallocationQuestion.update({ where: { id: open.id }, data: { answer: decision.answer.trim(), answeredAt: ctx.now } });
  }
}

async function alreadyDecided(tx: Tx, ctx: UseCaseContext, request: RequestRow): Promise<DomainError> {
  const by = request.decidedById ? await tx.person.findUnique({ where: { id: request.decidedById }, select: { displayName: true } }) : null;
  return new ConflictError(`budget:already_${request.status}`, {
    number: request.number,
    by: by?.displayName ?? '—',
    at: request.decidedAt ? formatDateTime(request.decidedAt, ctx.actor.locale, ctx.actor.tenant.timeZone) : '—',
  });
}
