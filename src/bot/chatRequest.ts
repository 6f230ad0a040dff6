import type { Conversation } from '../domain/conversation';
import type { Platform } from '../domain/roles';
import type { Locale } from '../i18n';
import type { TenantKey } from '../tenancy/tenant';

/** Who asks the bot, from where: what every adapter hands to the core with each interaction. */
export interface InteractionRequest {
  platform: Platform;
  tenant: TenantKey;
  /** The platform's user id (Slack user id, Teams AAD object id; e-mail in the console). */
  userId: string;
  /** Identifies the request in logs and in the reference id of an apology. */
  requestId: string;
  /** The platform's delivery identity; a retried delivery with the same key changes nothing twice. */
  deliveryKey?: string;
  conversation?: Conversation;
  /**
   * The request waits in the durable inbox and will be tried again: an unreachable database is
   * thrown (the answer comes once it is booked), not answered with an apology that says to retry.
   */
  retryWhenUnavailable?: boolean;
  /** The language the platform reports for the person (Slack user locale, Teams client, console LANG); their own choice wins. */
  locale?: Locale;
}

/** A chat message to the bot. */
export interface ChatRequest extends InteractionRequest {
  text: string;
}
