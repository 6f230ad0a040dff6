import type { Platform } from '../domain/roles';
import type { TenantKey } from '../tenancy/tenant';

/** A chat message to the bot, as every adapter hands it to the core. */
export interface ChatRequest {
  platform: Platform;
  tenant: TenantKey;
  /** The platform's user id (Slack user id, Teams AAD object id; e-mail in the console). */
  userId: string;
  text: string;
  /** Identifies the request in logs and in the reference id of an apology. */
  requestId: string;
  /** The platform's delivery identity; a retried delivery with the same key changes nothing twice. */
  deliveryKey?: string;
}
