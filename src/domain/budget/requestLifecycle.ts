import type { DeciderRole } from './policy';

/**
 * The life of a reallocation request as a pure state machine: who may do what when, the
 * four-eyes principle, and the one transition that applies the postings (to `approved`).
 */
export const REQUEST_STATUSES = ['awaiting_council', 'pending', 'info_requested', 'approved', 'rejected', 'withdrawn', 'expired'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const FINAL_STATUSES: readonly RequestStatus[] = ['approved', 'rejected', 'withdrawn', 'expired'];
export const OPEN_STATUSES: readonly RequestStatus[] = ['awaiting_council', 'pending', 'info_requested'];

export interface RequestState {
  status: RequestStatus;
  requesterId: string;
  /** Roles of the request's approval tier and how many distinct approvers it needs. */
  roles: readonly DeciderRole[];
  approvalsNeeded: number;
  /** People who approved so far, in order. */
  approvals: readonly string[];
}

/** The actor with the roles they hold for the request's action field (delegations included). */
export interface Actor {
  personId: string;
  roles: ReadonlySet<DeciderRole>;
  committee: boolean;
}

export type RequestEvent =
  | { type: 'approve'; actor: Actor }
  | { type: 'reject'; actor: Actor; comment: string }
  | { type: 'ask'; actor: Actor; question: string }
  | { type: 'answer'; actor: Actor }
  | { type: 'withdraw'; actor: Actor }
  | { type: 'council_consent'; actor: Actor }
  | { type: 'expire' };

export const REFUSALS = [
  'already_decided',
  'own_request',
  'already_approved',
  'not_authorised',
  'awaiting_council',
  'not_waiting_for_answer',
  'not_requester',
  'not_committee',
  'no_council_consent_needed',
  'comment_required',
  'question_required',
] as const;
export type LifecycleRefusal = (typeof REFUSALS)[number];

export type Transition = { ok: true; state: RequestState; apply: boolean } | { ok: false; refusal: LifecycleRefusal };

const refuse = (refusal: LifecycleRefusal): Transition => ({ ok: false, refusal });
const move = (state: RequestState, changes: Partial<RequestState>, apply = false): Transition => ({
  ok: true,
  state: { ...state, ...changes },
  apply,
});

function mayDecide(state: RequestState, actor: Actor): LifecycleRefusal | undefined {
  if (actor.personId === state.requesterId) return 'own_request';
  if (!state.roles.some((role) => actor.roles.has(role))) return 'not_authorised';
  if (state.status === 'awaiting_council') return 'awaiting_council';
  return undefined;
}

export function transition(state: RequestState, event: RequestEvent): Transition {
  if (FINAL_STATUSES.includes(state.status)) return refuse('already_decided');
  switch (event.type) {
    case 'expire':
      return move(state, { status: 'expired' });
    case 'withdraw':
      return event.actor.personId === state.requesterId ? move(state, { status: 'withdrawn' }) : refuse('not_requester');
    case 'answer':
      if (event.actor.personId !== state.requesterId) return refuse('not_requester');
      return state.status === 'info_requested' ? move(state, { status: 'pending' }) : refuse('not_waiting_for_answer');
    case 'council_consent':
      if (!event.actor.committee) return refuse('not_committee');
      return state.status === 'awaiting_council' ? move(state, { status: 'pending' }) : refuse('no_council_consent_needed');
    case 'reject': {
      if (!event.comment.trim()) return refuse('comment_required');
      const refusal = mayDecide(state, event.actor);
      return refusal ? refuse(refusal) : move(state, { status: 'rejected' });
    }
    case 'ask': {
      if (!event.question.trim()) return refuse('question_required');
      const refusal = mayDecide(state, event.actor);
      return refusal ? refuse(refusal) : move(state, { status: 'info_requested' });
    }
    case 'approve': {
      const refusal = mayDecide(state, event.actor);
      if (refusal) return refuse(refusal);
      if (state.approvals.includes(event.actor.personId)) return refuse('already_approved');
      const approvals = [...state.approvals, event.actor.personId];
      const done = approvals.length >= state.approvalsNeeded;
      return move(state, { approvals, status: done ? 'approved' : state.status }, done);
    }
  }
}
