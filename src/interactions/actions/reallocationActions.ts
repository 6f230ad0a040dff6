import { decideAndUpdate, fileAndAnnounce } from '../../usecases/budget/chatReallocation';
import { decidedView, filedView } from '../../views/budgetViews';
import type { ActionSpec } from '../actionSpec';
import { APPROVE_REALLOCATION_ACTION, CONFIRM_REALLOCATION_ACTION } from '../ids';

/** The proposal's "file" button: files the person's draft; the proposal is replaced by the answer. */
export const confirmReallocationAction: ActionSpec = {
  id: CONFIRM_REALLOCATION_ACTION,
  async run(ctx, view) {
    return { replace: filedView(await fileAndAnnounce(ctx), view) };
  },
};

/** The approval message's "approve" button (its value: the request's number). */
export const approveReallocationAction: ActionSpec = {
  id: APPROVE_REALLOCATION_ACTION,
  async run(ctx, view, number) {
    return { reply: decidedView(await decideAndUpdate(ctx, Number(number), { type: 'approve' }), view) };
  },
};
