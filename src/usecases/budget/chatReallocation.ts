import type { UseCaseContext } from '../context';
import { decideReallocation, type Decision, type DecisionOutcome } from './decideReallocation';
import { fileReallocation, type FiledReallocation } from './fileReallocation';
import { announceReallocation, notifyRequester, updateReallocationMessages } from './reallocationNotices';

/** Files the person's draft and tells the approvers, in one transaction. */
export function fileAndAnnounce(ctx: UseCaseContext): Promise<FiledReallocation> {
  return fileReallocation(ctx, (tx, filed) => announceReallocation(tx, ctx.actor.tenant, ctx.actor.personId, filed, ctx.now));
}

/** Decides, replaces the request's approval messages in place and tells the requester, in one transaction. */
export function decideAndUpdate(ctx: UseCaseContext, number: number, decision: Decision): Promise<DecisionOutcome> {
  return decideReallocation(ctx, number, decision, async (tx, outcome) => {
    await updateReallocationMessages(tx, ctx.actor.tenant, outcome, ctx.now);
    const text = decision.type === 'ask' ? decision.question : decision.type === 'reject' ? decision.comment : '';
    await notifyRequester(tx, ctx.actor.tenant, outcome, text, ctx.actor.personId, ctx.now);
  });
}
