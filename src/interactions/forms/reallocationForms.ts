import { decideAndUpdate } from '../../usecases/budget/chatReallocation';
import type { Decision } from '../../usecases/budget/decideReallocation';
import { requestCardByNumber } from '../../usecases/budget/requestCards';
import { formatMoney } from '../../format';
import { decidedView } from '../../views/budgetViews';
import type { FormSpec } from '../formSpec';
import { ANSWER_REALLOCATION_FORM, ASK_REALLOCATION_FORM, REJECT_REALLOCATION_FORM } from '../ids';
import { required } from './required';

type TextDecision = 'reject' | 'ask' | 'answer';

const DECISION: Record<TextDecision, (text: string) => Decision> = {
  reject: (comment) => ({ type: 'reject', comment }),
  ask: (question) => ({ type: 'ask', question }),
  answer: (answer) => ({ type: 'answer', answer }),
};

/**
 * A decision that needs a text (reject: the comment, ask back: the question, the requester's answer),
 * opened by a button of the request's message; the request's number travels as the form's context.
 * The decision replaces every approval message of the request in place, like the text commands.
 */
function decisionForm(id: string, kind: TextDecision, field: 'comment' | 'question' | 'answer'): FormSpec {
  return {
    id,
    async build(ctx, { t, locale }, number) {
      const card = await requestCardByNumber(ctx.db, ctx.actor.tenant.id, Number(number));
      return {
        id,
        title: t(`budgetView:${kind}Title`, { number: card.number }),
        intro: t('budgetView:requestHeading', { number: card.number, amount: formatMoney(card.amountCents, locale), from: card.from, to: card.to }),
        submitLabel: t(`budgetView:${kind}Submit`),
        context: String(card.number),
        fields: [{ id: field, label: t(`budgetView:${kind}Label`), kind: 'textarea', required: true, hint: t('budgetView:textHint') }],
      };
    },
    async submit(ctx, view, values, context) {
      const outcome = await decideAndUpdate(ctx, Number(context), DECISION[kind](required(values[field], field)));
      return decidedView(outcome, view);
    },
  };
}

export const rejectReallocationFormSpec = decisionForm(REJECT_REALLOCATION_FORM, 'reject', 'comment');
export const askReallocationFormSpec = decisionForm(ASK_REALLOCATION_FORM, 'ask', 'question');
export const answerReallocationFormSpec = decisionForm(ANSWER_REALLOCATION_FORM, 'answer', 'answer');
