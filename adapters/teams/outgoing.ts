import crypto from 'node:crypto';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { translator, type Locale } from '../../src/i18n';
import type { Message } from '../../src/messages/model';
import { CARD_CONTENT_TYPE, renderCards, type AdaptiveCard, type CardImages } from './cardRenderer';

/** The language of the Teams client (activity.locale, e.g. "de-DE"), for the adapter's own texts. */
export function clientLocale(activity: Partial<Activity>): Locale {
  return activity.locale?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

export function newCardId(): string {
  return crypto.randomUUID();
}

/** A core message as Adaptive Cards (a new card id for forms; split when longer than Teams allows). */
export function cardsFor(message: Message, locale: Locale, cardId = newCardId(), images?: CardImages): AdaptiveCard[] {
  const t = translator(locale);
  return renderCards(message, { cardId, images, continued: (part, total) => t('teams:continued', { part, total }) });
}

export function messageActivities(message: Message, locale: Locale, images?: CardImages): Partial<Activity>[] {
  return cardsFor(message, locale, undefined, images).map((card) => ({
    type: ActivityTypes.Message,
    summary: message.summary,
    attachments: [{ contentType: CARD_CONTENT_TYPE, content: card }],
  }));
}

/** Posts a core message into the turn's conversation (in a channel: as a reply in the thread). */
export async function sendMessage(context: TurnContext, message: Message, locale: Locale = message.locale ?? clientLocale(context.activity)): Promise<void> {
  await context.sendActivities(messageActivities(message, locale));
}
