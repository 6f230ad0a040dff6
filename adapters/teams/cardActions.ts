import crypto from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Bot } from '../../src/bot/bot';
import type { InteractionRequest } from '../../src/bot/chatRequest';
import { isFormId } from '../../src/forms/formIds';
import type { FormValues } from '../../src/forms/submitForm';
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

/** Handles `Action.Execute` from our cards: opens a form (button) or submits one, and returns the updated card. */
export async function handleCardAction(context: TurnContext, bot: Bot, request: InteractionRequest): Promise<CardInvokeResponse> {
  const locale = clientLocale(context.activity);
  const action = ((context.activity.value as { action?: ExecuteAction } | undefined)?.action ?? {}) as ExecuteAction;
  const data = action.data ?? {};
  const respond = (msg: Message, cardId?: string): CardInvokeResponse => ({
    status: 200,
    body: { statusCode: 200, type: CARD_CONTENT_TYPE, value: cardsFor(msg, locale, cardId)[0]! },
  });

  if (action.verb === VERB_BUTTON && typeof data.action === 'string' && isFormId(data.action)) {
    const prefill = typeof data.value === 'string' ? data.value : undefined;
    return respond(await bot.openForm(request, data.action, prefill), newCardId());
  }
  if (action.verb === VERB_SUBMIT_FORM && typeof data.formId === 'string' && isFormId(data.formId)) {
    const formId = data.formId;
    const cardId = typeof data.cardId === 'string' && data.cardId ? data.cardId : newCardId();
    const values = formValues(data);
    const outcome = await bot.submitForm({ ...request, deliveryKey: submitDeliveryKey(cardId, formId, values) }, formId, values);
    if (outcome.ok) return respond(outcome.message);
    // Show the form again as it was filled in, with the errors at their fields.
    const prefill = values.measure ?? values.kpi;
    const form = await bot.openForm(request, formId, prefill);
    return respond(withErrors(form, values, outcome.fieldErrors), cardId);
  }
  const text = translator(locale)('teams:unknownCardAction');
  return respond(message(text, [{ type: 'text', text, tone: 'warning' }]));
}

function withErrors(form: Message, values: FormValues, errors: Record<string, string>): Message {
  return {
    ...form,
    blocks: form.blocks.map((block) =>
      block.type !== 'form'
        ? block
        : {
            ...block,
            form: {
              ...block.form,
              fields: block.form.fields.map((field) => ({
                ...field,
                initial: values[field.id] ?? field.initial,
                error: errors[field.id],
              })),
            },
          },
    ),
  };
}
