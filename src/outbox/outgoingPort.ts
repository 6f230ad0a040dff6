import type { Message } from '../messages/model';
import type { PlatformLimits } from '../platform/limits';

/** An image of the message, loaded from the database for the sender (see src/outbox/images.ts). */
export interface OutgoingImage {
  /** Also the unguessable part of its URL (`/images/<id>`). */
  id: string;
  alt: string;
  contentType: string;
  width: number;
  height: number;
  bytes: Uint8Array;
}

/** One outbox row as a platform's sender sees it, resolved to where it goes. */
export interface OutgoingMessage {
  outboxId: string;
  tenantId: string;
  workspaceId: string;
  /** The conversation to post into (for a direct message: the one `openDirect` returned). */
  conversationId: string;
  message: Message;
  /** The message's images (blocks of type `image`), with their bytes. */
  images: OutgoingImage[];
  /** A reply: the platform id of the post whose thread it goes into (Slack `thread_ts`, Teams reply chain). */
  threadOf?: string;
}

/** An update: the outbox row's message replaces the post with this platform id, for everyone. */
export interface OutgoingUpdate extends OutgoingMessage {
  externalId: string;
}

/** Whom a direct message is for: the person's account on the platform (from PlatformIdentity). */
export interface DirectRecipient {
  tenantId: string;
  workspaceId: string;
  personId: string;
  platformUserId: string;
}

/**
 * Why a row failed for good, for the core to show or act on (e.g. "X has not installed the app in
 * Teams" as a fallback). Only `conversation_gone` ends the conversation's other posts and subscriptions.
 * `unconfirmed`: an answer whose send got no reply (or whose sender died while sending) — it may have
 * landed, and the platform offers no lookup, so it is not sent again.
 */
export type FailureCode = 'conversation_gone' | 'recipient_unreachable' | 'message_gone' | 'reference_failed' | 'gave_up' | 'unconfirmed';

/**
 * How a send ended. `retry`: the platform said "later" (429, 5xx); `permanent`: it never will
 * (channel gone, bot removed, recipient unknown); `ambiguous`: no answer (timeout) — it may have
 * landed, so the next attempt asks `findDelivered` before sending again.
 */
export type SendResult =
  | { kind: 'sent'; externalId?: string }
  | { kind: 'retry'; error: string; retryAfterMs?: number }
  | { kind: 'permanent'; error: string; code?: FailureCode }
  | { kind: 'ambiguous'; error: string };

/** A direct conversation opened (or found) for a person, or why not. */
export type DirectResult = { kind: 'opened'; conversationId: string } | Exclude<SendResult, { kind: 'sent' }>;

/**
 * The outgoing side of a chat platform: what the outbox's delivery worker calls. Each adapter
 * implements it without its listeners (`v2030 run` and the server's worker use the same ports).
 */
export interface OutgoingPort {
  platform: string;
  limits: PlatformLimits;
  /** Posts a new message to a conversation, or into the thread `threadOf` names. */
  send(message: OutgoingMessage): Promise<SendResult>;
  /** Replaces a posted message in place for everyone (idempotent: sending it twice is harmless). */
  update(message: OutgoingUpdate): Promise<SendResult>;
  /** The conversation to write a person directly in (Slack: conversations.open; Teams: the stored personal chat). */
  openDirect(recipient: DirectRecipient): Promise<DirectResult>;
  /**
   * Answers a stored chat request where the platform gave an address for it (Slack: the command's
   * response_url, the row's `conversationId`); outbox rows with operation `respond`.
   */
  respond?(message: OutgoingMessage): Promise<SendResult>;
  /** The platform id of the message if it already landed (after an ambiguous send or a crash). */
  findDelivered?(message: OutgoingMessage): Promise<string | undefined>;
}
