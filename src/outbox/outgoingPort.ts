import type { Message } from '../messages/model';

/** One outbox row as a platform's sender sees it. */
export interface OutgoingMessage {
  outboxId: string;
  tenantId: string;
  workspaceId: string;
  conversationId: string;
  message: Message;
}

/**
 * How a send ended. `retry`: the platform said "later" (429, 5xx); `permanent`: it never will
 * (channel gone, bot removed); `ambiguous`: no answer (timeout) — it may have landed, so the
 * next attempt asks `findDelivered` before sending again.
 */
export type SendResult =
  | { kind: 'sent'; externalId?: string }
  | { kind: 'retry'; error: string; retryAfterMs?: number }
  | { kind: 'permanent'; error: string }
  | { kind: 'ambiguous'; error: string };

/** The outgoing port each chat adapter implements for proactive posts. */
export interface OutgoingPort {
  platform: string;
  /** Minimum time between two posts to one conversation (the platform's rate limit). */
  minIntervalMs: number;
  send(message: OutgoingMessage): Promise<SendResult>;
  /** The platform id of the message if it already landed (after an ambiguous send or a crash). */
  findDelivered?(message: OutgoingMessage): Promise<string | undefined>;
}
