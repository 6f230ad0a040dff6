import type { Db } from '../db/client';
import type { Conversation } from '../domain/conversation';
import type { Logger } from '../logger';
import type { Actor } from '../tenancy/actor';

/** What every use case gets: the database, who asks, when, the request's identity and its logger. */
export interface UseCaseContext {
  db: Db;
  actor: Actor;
  now: Date;
  requestId: string;
  /** The request's child logger: every line carries tenant, platform, request id and user. */
  log: Logger;
  /**
   * A key of the inbound delivery (Slack retry, Teams activity id). A change made under a key
   * that was already processed is not made again.
   */
  deliveryKey?: { platform: string; key: string };
  /** The conversation the request came from, when the platform has one. */
  conversation?: Conversation & { platform: string };
}
