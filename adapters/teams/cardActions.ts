import crypto from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Bot } from '../../src/bot/bot';
import type { InteractionRequest } from '../../src/bot/chatRequest';
import type { FormValues } from '../../src/interactions/formSpec';
import { translator } from '../../src/i18n';
import { message, type Message } from '../../src/messages/model';
import { CARD_CONTENT_TYPE, INPUT_PREFIX, VERB_BUTTON, VERB_SUBMIT_FORM, type AdaptiveCard } from './cardRenderer';
import { cardsFor, clientLocale, newCardId } from './outgoing';

/** The invoke response of `adaptiveCard/action`: the card that replaces the one clicked. */
export interface CardInvokeResponse {
  status: number;
  body: { statusCode: number; type: string; value: AdaptiveCard };
}

interface ExecuteAction {
  verb?: string;
  data?: Record<string, unknown>;
}

/** Values of the form's inputs (ids `f_<field>`), as strings; card bookkeeping (formId, cardId) left out. */
export function formValues(data: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(data)) {
    if (!key.startsWith(INPUT_PREFIX) || value === undefined || value === null) continue;
    values[key.slice(INPUT_PREFIX.length)] = String(value);
  }
  return values;
}

/**
 * A submit is identified by the card instance and what was entered: the same card submitted twice
 * with the same values (a double click, a retried invoke) is one change.
 */
export function submitDeliveryKey(cardId: string, formId: string, values: FormValues): string {
  const canonical = JSON.stringify(Object.keys(values).sort().map((k) => [k, values[k]]));
  return `card:${formId}:${cardId}:${crypto.createHash('sha256').update(canonical).digest('base64url').slice(0, 22)}`;
}

/** What a card action answers: the invoke's card (it replaces the clicked one) and, optionally, a message after it. */
export interface CardActionAnswer {
  response: CardInvokeResponse;
  /** A decision's reply when the clicked card was replaced as well: posted into the conversation after the invoke. */
  followUp?: Message;
}

/**
 * Handles `Action.Execute` from our cards, for any registered action or form (the core routes them by
 * id): a button's decision or the form it opens, or a form's submit (refused: the form again with the
 * errors at its fields, under the same card id).
 */
export async function handleCardAction(context: TurnContext, bot: Bot, request: InteractionRequest): Promise<CardActionAnswer> {
  const locale = clientLocale(context.activity);
  const action = ((context.activity.value as { action?: ExecuteAction } | undefined)?.action ?? {}) as ExecuteAction;
  const data = action.data ?? {};
  const respond = (msg: Message, cardId?: string): CardInvokeResponse => ({
    status: 200,
    body: { statusCode: 200, type: CARD_CONTENT_TYPE, value: cardsFor(msg, msg.locale ?? locale, cardId)[0]! },
  });
  const notice = (key: string) => {
    const text = translator(locale)(key);
    return message(text, [{ type: 'text', text, tone: 'warning' }]);
  };

  if (action.verb === VERB_BUTTON && typeof data.action === 'string') {
    const outcome = await bot.handleAction(request, data.action, typeof data.value === 'string' ? data.value : '');
    if (outcome.kind === 'form') return { response: respond(outcome.message, newCardId()) };
    const shown = outcome.replace ?? outcome.reply ?? notice('common:actionDone');
    return { response: respond(shown), ...(outcome.replace && outcome.reply ? { followUp: outcome.reply } : {}) };
  }
  if (action.verb === VERB_SUBMIT_FORM && typeof data.formId === 'string') {
    const formId = data.formId;
    const cardId = typeof data.cardId === 'string' && data.cardId ? data.cardId : newCardId();
    const values = formValues(data);
    const formContext = typeof data.context === 'string' ? data.context : undefined;
    const outcome = await bot.submitForm({ ...request, deliveryKey: submitDeliveryKey(cardId, formId, values) }, formId, values, formContext);
    // Refused: the form again as it was filled in, with the errors at their fields, as the same card.
    return { response: outcome.ok ? respond(outcome.message) : respond(outcome.form, cardId) };
  }
  return { response: respond(notice('teams:unknownCardAction')) };
}
